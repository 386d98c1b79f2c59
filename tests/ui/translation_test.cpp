// The Vietnamese translation: the built gradscope_vi.qm loads and known strings of the window
// come back in Vietnamese; the system locale picks the language unless the menu stored one; the
// window's menus show Vietnamese once the translator is installed. The process runs under
// LANG=vi_VN.UTF-8 (set in main, before Qt reads the locale).
#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>
#include <cstdlib>

#include "gradient_heatmap_view.h"
#include "kind_names.h"
#include "main_window.h"
#include "translator_setup.h"

using namespace gs;

class TranslationTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QCoreApplication::setOrganizationName("GradScopeTest");
    QCoreApplication::setApplicationName("GradScopeTranslationTest");
    QSettings().clear();
  }

  void knownStringsComeBackInVietnamese() {
    QTranslator vi;
    QVERIFY2(loadTranslation(vi, "vi"), qPrintable(translationSearchDirs().join(", ")));
    QCOMPARE(vi.translate("gs::MainWindow", "Settings"), QString("Cài đặt"));
    QCOMPARE(vi.translate("gs::MainWindow", "&Play"), QString("&Chạy"));
    QCOMPARE(vi.translate("gs::PresentationMode", "&Presentation mode"),
             QString("Chế độ &trình chiếu"));
    QVERIFY(vi.translate("gs::MainWindow", "no such string").isEmpty());
  }

  // The English names in core's tables (initialisers, optimisers, data sets, losses, measures)
  // are translated in one place, ui/kind_names.cpp: each has a Vietnamese translation there, so
  // a new table row without one fails here.
  void everyNameInCoresTablesIsTranslated() {
    QTranslator vi;
    QVERIFY(loadTranslation(vi, "vi"));
    QStringList missing;
    auto check = [&](const std::string& english) {
      if (vi.translate(kindNamesContext(), english.c_str()).isEmpty())
        missing << QString::fromStdString(english);
    };
    for (InitKind k : allInitKinds()) check(initDisplayName(k));
    for (OptimizerKind k : allOptimizerKinds()) check(optimizerDisplayName(k));
    for (DatasetKind k : allDatasetKinds()) check(datasetDisplayName(k));
    for (LossKind k : allLossKinds()) check(lossDisplayName(k));
    for (Measure m : allMeasures()) {
      check(measureDisplayName(m));
      check(measureDescription(m));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(" | ")));
    QCOMPARE(vi.translate(kindNamesContext(), "dead units"), QString("nơ-ron chết"));
    // The heatmap's colour-scale label, English in core, comes out in Vietnamese.
    QVERIFY(qApp->installTranslator(&vi));
    GradientHeatmapView heatmap;
    heatmap.setMeasure(Measure::DeadFraction);
    QCOMPARE(heatmap.colorScale()->axis()->label(), QString("nơ-ron chết"));
    heatmap.setMeasure(Measure::MeanDerivative);
    QCOMPARE(heatmap.colorScale()->axis()->label(), QString("log₁₀ f′(z) trung bình"));
    QVERIFY(qApp->removeTranslator(&vi));
  }

  void systemLocalePicksVietnameseUnlessTheMenuStoredAChoice() {
    QCOMPARE(QLocale::system().name().left(2), QString("vi"));
    storeLanguage(QString());
    QCOMPARE(uiLanguage(), QString("vi"));
    storeLanguage("en");
    QCOMPARE(uiLanguage(), QString("en"));
    storeLanguage("xx");  // a language without a translation falls back to the system's
    QCOMPARE(uiLanguage(), QString("vi"));
    storeLanguage(QString());
  }

  void theWindowSpeaksVietnamese() {
    QCOMPARE(installTranslations(*qApp), QString("vi"));
    MainWindow w;
    QCOMPARE(w.findChild<QDockWidget*>("settingsDock")->windowTitle(), QString("Cài đặt"));
    QStringList menus;
    for (QAction* a : w.menuBar()->actions()) menus << a->text();
    QVERIFY2(menus.contains("&Tệp"), qPrintable(menus.join(" | ")));
  }

  // Under a comma-decimal locale every plot still writes "0.25", like the status bar, the lesson
  // texts and the max-slope label beside it.
  void plotsWriteDecimalPointsUnderVietnamese() {
    QCOMPARE(QLocale().decimalPoint(), QString(","));
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QList<QCustomPlot*> plots = w.findChildren<QCustomPlot*>();
    QVERIFY(plots.size() >= 4);
    QStringList labels;
    for (QCustomPlot* plot : plots) {
      QCOMPARE(plot->locale().decimalPoint(), QString("."));
      plot->replot();
      for (QCPAxis* axis : plot->findChildren<QCPAxis*>())
        labels << axis->tickVectorLabels().toList();
    }
    QVERIFY2(labels.contains("0.25"), qPrintable(labels.join(" ")));  // the activation plot's y
    for (const QString& label : labels) QVERIFY2(!label.contains(','), qPrintable(label));
  }

  // Every message of the Vietnamese source file has a finished translation.
  void everyVietnameseMessageIsTranslated() {
    QFile ts(QStringLiteral(GRADSCOPE_TS_DIR "/gradscope_vi.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
      if (xml.readNext() != QXmlStreamReader::StartElement) continue;
      if (xml.name() == QLatin1String("source")) source = xml.readElementText();
      if (xml.name() != QLatin1String("translation")) continue;
      ++messages;
      const bool open = xml.attributes().value("type") == QLatin1String("unfinished");
      if (open || xml.readElementText(QXmlStreamReader::IncludeChildElements).isEmpty())
        unfinished << source;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join("\n")));
  }
};

int main(int argc, char** argv) {
  qputenv("LANG", "vi_VN.UTF-8");
  qputenv("LC_ALL", "vi_VN.UTF-8");
  qputenv("LC_MESSAGES", "vi_VN.UTF-8");
  qputenv("LANGUAGE", "vi");
  QApplication app(argc, argv);
  TranslationTest test;
  return QTest::qExec(&test, argc, argv);
}

#include "translation_test.moc"
