// The Vietnamese translation: the built gradscope_vi.qm loads and known strings of the window
// come back in Vietnamese; the system locale picks the language unless the menu stored one; the
// window's menus show Vietnamese once the translator is installed. The process runs under
// LANG=vi_VN.UTF-8 (set in main, before Qt reads the locale).
#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTextBrowser>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>
#include <cstdlib>

#include "classroom_docks.h"
#include "compare_view.h"
#include "data_paths.h"
#include "explanation_panel.h"
#include "gradient_bars_view.h"
#include "gradient_heatmap_view.h"
#include "kind_names.h"
#include "language_menu.h"
#include "lesson.h"
#include "main_window.h"
#include "run_caption.h"
#include "run_model.h"
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
    for (InitKind k : allInitKinds()) {
      check(initDisplayName(k));
      check(initScaleMeaning(k));
    }
    for (OptimizerKind k : allOptimizerKinds()) check(optimizerDisplayName(k));
    for (DatasetKind k : allDatasetKinds()) check(datasetDisplayName(k));
    for (LossKind k : allLossKinds()) check(lossDisplayName(k));
    for (Measure m : allMeasures()) {
      check(measureDisplayName(m));
      check(measureDescription(m));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(" | ")));
    QCOMPARE(vi.translate(kindNamesContext(), "dead units"), QString("nơ-ron chết"));
    // Names the window builds from core's kinds come out through kind_names in Vietnamese: the
    // output layer's "linear", the norms (the compare legend) and the scale's meaning.
    QVERIFY(qApp->installTranslator(&vi));
    QCOMPARE(activationName(ActivationKind::Linear), QString("tuyến tính"));
    QCOMPARE(normName(NormKind::None), QString("Không"));
    QCOMPARE(initScaleMeaningText(InitKind::Normal), QString("độ lệch chuẩn σ"));
    QVERIFY(qApp->removeTranslator(&vi));
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
    QCOMPARE(w.parts().settingsDock->windowTitle(), QString("Cài đặt"));
    QStringList menus;
    for (QAction* a : w.menuBar()->actions()) menus << a->text();
    QVERIFY2(menus.contains("&Tệp"), qPrintable(menus.join(" | ")));
    // Core's kinds reach the settings through kind_names: the activation list, the norms and the
    // initial scale's meaning are in Vietnamese.
    auto* activation = w.findChild<QComboBox*>("activation");
    QVERIFY(activation);
    const int linear = activation->findData(int(ActivationKind::Linear));
    QVERIFY(linear >= 0);
    QCOMPARE(activation->itemText(linear), QString("Tuyến tính"));
    auto* norm = w.findChild<QComboBox*>("norm");
    QVERIFY(norm);
    QCOMPARE(norm->itemText(norm->findData(int(NormKind::None))), QString("Không"));
    auto* init = w.findChild<QComboBox*>("init");
    QVERIFY(init);
    init->setCurrentIndex(init->findData(int(InitKind::Normal)));
    auto* scale = w.findChild<QDoubleSpinBox*>("init_scale");
    QVERIFY(scale);
    QVERIFY2(scale->toolTip().endsWith("Ở đây: độ lệch chuẩn σ."), qPrintable(scale->toolTip()));
    Config c;
    c.norm = NormKind::Batch;
    c.activation = ActivationKind::Linear;
    QVERIFY2(CompareView::describeConfig(c).startsWith("tuyến tính, "),
             qPrintable(CompareView::describeConfig(c)));
    QVERIFY2(CompareView::describeConfig(c).contains(", BatchNorm,"),
             qPrintable(CompareView::describeConfig(c)));
    QVERIFY2(runCaption(c, 3).startsWith("tuyến tính, "), qPrintable(runCaption(c, 3)));
  }

  // Issue 10 item 9: the language switches live — menus, docks, buttons, plot titles and the
  // explanation's headings — and the lesson and the run stay (no restart).
  void switchingLanguageRetranslatesEverythingAndKeepsTheRun() {
    QCOMPARE(installTranslations(*qApp), QString("vi"));
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const Lesson lesson = loadLessonFile(lessonsDir() + "/01-sigmoid-chain.json");
    w.openLesson(lesson);
    w.run().step();
    w.run().step();
    QTRY_COMPARE_WITH_TIMEOUT(w.run().shownStep(), 2L, 20000);
    auto* dock = w.findChild<QDockWidget*>("settingsDock");
    auto menus = [&] {
      QStringList texts;
      for (QAction* a : w.menuBar()->actions()) texts << a->text();
      return texts;
    };
    QCOMPARE(dock->windowTitle(), QString("Cài đặt"));
    QVERIFY(w.parts().classroom->explanation()->body()->toPlainText().contains("Cần quan sát gì"));
    auto* languages = w.findChild<LanguageMenu*>("languageMenu");
    QVERIFY(languages);
    languages->choose("en");
    QCOMPARE(dock->windowTitle(), QString("Settings"));
    QVERIFY2(menus().contains("&File"), qPrintable(menus().join(" | ")));
    QCOMPARE(w.parts().play->text(), QString("&Play"));
    QVERIFY(w.parts().classroom->explanation()->body()->toPlainText().contains("What to look for"));
    QCOMPARE(w.parts().classroom->explanation()->titleText(), QString("The sigmoid chain"));
    const QList<QCPTextElement*> titles = w.parts().bars->plot()->findChildren<QCPTextElement*>();
    QVERIFY(!titles.isEmpty());
    QCOMPARE(titles.front()->text(), QString("Gradient per layer (input → output)"));
    QCOMPARE(w.run().shownStep(), 2L);  // the run stayed
    auto* activation = w.findChild<QComboBox*>("activation");
    const int linear = activation->findData(int(ActivationKind::Linear));
    QCOMPARE(activation->itemText(linear), QString("Linear"));  // a name from kind_names, too
    QCOMPARE(w.lesson()->id, lesson.id);
    languages->choose("vi");
    QCOMPARE(dock->windowTitle(), QString("Cài đặt"));
    QVERIFY2(menus().contains("&Tệp"), qPrintable(menus().join(" | ")));
    QVERIFY(titles.front()->text() != QString("Gradient per layer (input → output)"));
    QCOMPARE(w.parts().classroom->explanation()->titleText(), QString("Chuỗi sigmoid"));
    QCOMPARE(activation->itemText(linear), QString("Tuyến tính"));
    QVERIFY(w.parts().classroom->explanation()->body()->toPlainText().contains("Cần quan sát gì"));
    QCOMPARE(w.run().shownStep(), 2L);
    storeLanguage(QString());
  }

  // Qt's own strings come from GradScope's catalogue: Debian ships no qtbase_vi.qm.
  void qtDialogStringsAreVietnamese() {
    QCOMPARE(installTranslations(*qApp), QString("vi"));
    QFileDialog dialog(nullptr, "x");
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList texts;
    for (QLabel* l : dialog.findChildren<QLabel*>()) texts << l->text();
    for (QAbstractButton* b : dialog.findChildren<QPushButton*>()) texts << b->text();
    for (const char* english : {"Look in:", "File &name:", "&Save", "Cancel", "Files of type:"})
      QVERIFY2(!texts.contains(english), qPrintable(english + QString(" in ") + texts.join(" | ")));
    QVERIFY2(texts.contains("&Lưu"), qPrintable(texts.join(" | ")));
    QVERIFY2(texts.contains("Hủy"), qPrintable(texts.join(" | ")));
    QDialogButtonBox box(QDialogButtonBox::Close);
    QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QString("Đóng"));
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

  // The glossary (resources/translations/glossary-vi.md) applied everywhere: none of the words it
  // replaced is left in a translation or in a lesson's Vietnamese text, nor an English word it
  // translates (unit → nơ-ron, input → đầu vào, output → đầu ra, batch → lô, loss → mất mát,
  // bias → hệ số điều chỉnh).
  void vietnameseFollowsTheGlossary() {
    const QStringList banned = {"Hạt giống", "hạt giống", "bốc hơi", "gradient biến mất"};
    const QRegularExpression englishWord("\\b(units?|inputs?|outputs?|batch(es)?|loss|bias)\\b",
                                         QRegularExpression::CaseInsensitiveOption);
    QFile ts(QStringLiteral(GRADSCOPE_TS_DIR "/gradscope_vi.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString source;
    while (!xml.atEnd()) {
      if (xml.readNext() != QXmlStreamReader::StartElement) continue;
      if (xml.name() == QLatin1String("source")) source = xml.readElementText();
      if (xml.name() != QLatin1String("translation")) continue;
      const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
      for (const QString& word : banned) QVERIFY2(!text.contains(word), qPrintable(text));
      QVERIFY2(!englishWord.match(text).hasMatch(), qPrintable(source + " → " + text));
      if (source.contains("layer", Qt::CaseInsensitive) && !source.contains("class"))
        QVERIFY2(!text.contains("lớp"), qPrintable(source + " → " + text));
    }
    for (const Lesson& l : loadLessonDirectory(lessonsDir()).lessons) {
      QStringList texts = {QString::fromStdString(l.title.text("vi")),
                           QString::fromStdString(l.text.text("vi"))};
      for (const auto& c : l.claims.text("vi")) texts << QString::fromStdString(c);
      for (const auto& t : l.tryHints.text("vi")) texts << QString::fromStdString(t);
      for (const QString& text : texts) {
        for (const QString& word : banned) QVERIFY2(!text.contains(word), qPrintable(text));
        QVERIFY2(!englishWord.match(text).hasMatch(),
                 qPrintable(QString::fromStdString(l.id) + ": " + text));
        QVERIFY2(!text.contains("lớp"), qPrintable(QString::fromStdString(l.id) + ": " + text));
      }
    }
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
