// Issue 10 item 8 (and 9's file names): exports say where they went, can carry a caption, every
// plot has a right-click menu (Copy image, Export…, Reset axes), default names are ASCII, and an
// SVG renders the same in librsvg (rsvg-convert) and ImageMagick (convert).
#include <qcustomplot.h>

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QMenu>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include "figure_export.h"
#include "file_actions.h"
#include "file_stem.h"
#include "gradient_bars_view.h"
#include "loss_curve_view.h"
#include "main_window.h"
#include "pace_box.h"
#include "plot_context_menu.h"
#include "run_caption.h"
#include "run_model.h"

using namespace gs;

namespace {

constexpr int kWaitMs = 20000;

// Rows of `image` (from y0) that hold a pixel clearly darker than the background.
int darkRows(const QImage& image, int y0, int y1) {
  int rows = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = 0; x < image.width(); ++x)
      if (qGray(image.pixel(x, y)) < 128) {
        ++rows;
        break;
      }
  return rows;
}

bool trained(MainWindow& w, long steps) {
  w.parts().pace->setPace(0);
  w.run().runUntil(steps);
  return QTest::qWaitFor([&] { return w.run().shownStep() >= steps; }, kWaitMs);
}

// Renders svg to a PNG of the given width with a command line tool; a null image when it fails.
QImage renderWith(const QString& program, const QStringList& args, const QString& png) {
  QProcess p;
  p.start(program, args);
  if (!p.waitForFinished(60000) || p.exitCode() != 0) {
    qWarning("%s: %s", qPrintable(program), p.readAllStandardError().constData());
    return {};
  }
  return QImage(png).convertToFormat(QImage::Format_RGB32);
}

// Three sigmoid layers and the output, gradients 10⁻⁸ … 10⁻²: the bars draw the σ′-only reference.
Snapshot sigmoidSnapshot() {
  Snapshot s;
  s.step = 1;
  for (int i = 0; i < 4; ++i) {
    LayerStats l;
    l.index = i;
    l.fanIn = l.fanOut = 4;
    l.activation = i < 3 ? ActivationKind::Sigmoid : ActivationKind::Linear;
    l.weightGradNorm = std::pow(10.0, -8 + 2 * i);
    s.layers.push_back(l);
  }
  return s;
}

}  // namespace

class ExportExtrasTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QCoreApplication::setOrganizationName("GradScopeTest");
    QCoreApplication::setApplicationName("GradScopeExportExtrasTest");
  }

  void defaultFileNamesAreAsciiTransliterated() {
    QCOMPARE(asciiFileStem("Đạo hàm kích hoạt"), QString("dao-ham-kich-hoat"));
    QCOMPARE(asciiFileStem("Biểu đồ cột gradient"), QString("bieu-do-cot-gradient"));
    QCOMPARE(asciiFileStem("Gradient bars"), QString("gradient-bars"));
    QCOMPARE(asciiFileStem("Đường loss (ĐỘ LỆCH)"), QString("duong-loss-do-lech"));
    QCOMPARE(asciiFileStem("∂∂∂"), QString("figure"));
  }

  void exportsSaySavedToWithThePath() {
    MainWindow w;
    FileActions* actions = w.findChild<FileActions*>();
    QVERIFY(actions);
    QVERIFY(trained(w, 3));
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath("bars.png");
    QVERIFY2(actions->exportPlotTo(w.parts().bars->plot(), png, FigureSize(), &error),
             qPrintable(error));
    QCOMPARE(w.statusBar()->currentMessage(), QString("Saved to %1").arg(png));
    const QString json = dir.filePath("c.json");
    QVERIFY(actions->saveConfigTo(json, &error));
    QCOMPARE(w.statusBar()->currentMessage(), QString("Saved to %1").arg(json));
  }

  void captionGoesUnderTheFigureAndNamesTheSettingsAndStep() {
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(trained(w, 5));
    FileActions* actions = w.findChild<FileActions*>();
    const QString caption = actions->suggestedCaption();
    QCOMPARE(caption, runCaption(w.config(), w.run().shownStep()));
    QVERIFY2(caption.startsWith("Sigmoid, 10 × 16, ") && caption.endsWith("— step 5"),
             qPrintable(caption));
    QTemporaryDir dir;
    FigureSize size;
    size.width = 600;
    size.height = 400;
    QString error;
    QVERIFY(exportPlot(w.parts().loss->plot(), dir.filePath("plain.png"), size, &error));
    size.caption = caption;
    QVERIFY(exportPlot(w.parts().loss->plot(), dir.filePath("captioned.png"), size, &error));
    const QImage plain(dir.filePath("plain.png")), captioned(dir.filePath("captioned.png"));
    QCOMPARE(captioned.size(), plain.size());  // the figure keeps its size
    // The bottom 30 px: the plain figure's frame ends there; the captioned one has text.
    const int y0 = plain.height() - 30;
    QVERIFY2(darkRows(captioned, y0, captioned.height()) >= 5,
             qPrintable(QString::number(darkRows(captioned, y0, captioned.height()))));
    QVERIFY(darkRows(plain, y0 + 10, plain.height()) <
            darkRows(captioned, y0 + 10, plain.height()));
  }

  void everyPlotHasCopyExportAndResetAxes() {
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(trained(w, 4));
    QCoreApplication::processEvents();
    const QList<QCustomPlot*> plots = w.findChildren<QCustomPlot*>();
    QVERIFY(plots.size() >= 6);
    auto* menus = w.findChild<PlotContextMenus*>();
    QVERIFY(menus);
    for (QCustomPlot* plot : plots) {
      QCOMPARE(plot->contextMenuPolicy(), Qt::CustomContextMenu);
      std::unique_ptr<QMenu> menu(menus->menuFor(plot));
      QStringList names;
      for (QAction* a : menu->actions())
        if (!a->isSeparator()) names << a->objectName();
      QCOMPARE(names.mid(0, 3), QStringList({"copyImage", "exportPlot", "resetAxes"}));
    }
    QCustomPlot* bars = w.parts().bars->plot();
    QApplication::clipboard()->clear();
    std::unique_ptr<QMenu> menu(menus->menuFor(bars));
    menu->findChild<QAction*>("copyImage")->trigger();
    const QImage copied = QApplication::clipboard()->image();
    QCOMPARE(copied.size(), bars->size() * 2);
    // Reset axes puts a moved axis back where the view wants it.
    const QCPRange before = w.parts().loss->plot()->xAxis->range();
    w.parts().loss->plot()->xAxis->setRange(1000, 2000);
    std::unique_ptr<QMenu> lossMenu(menus->menuFor(w.parts().loss->plot()));
    QVERIFY(lossMenu->actions().contains(w.parts().loss->lockAxesAction()));
    lossMenu->findChild<QAction*>("resetAxes")->trigger();
    QVERIFY(w.parts().loss->plot()->xAxis->range().upper < 1000);
    Q_UNUSED(before);
  }

  // The σ′-only reference's legend entry has two lines; in a short bars plot (1280×720 window) the
  // second line lost its descenders at the plot's bottom edge. Its item leaves room below them.
  void twoLineLegendEntryKeepsRoomForItsLastLine() {
    GradientBarsView view;
    view.resize(300, 250);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(sigmoidSnapshot());
    view.plot()->replot();
    QCPLegend* legend = view.plot()->legend;
    bool found = false;
    for (int i = 0; i < legend->itemCount(); ++i) {
      auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i));
      if (!item || !item->plottable()->name().contains('\n')) continue;
      found = true;
      const QFontMetrics fm(item->font());
      const QRect text = fm.boundingRect(0, 0, 0, 0, Qt::TextDontClip, item->plottable()->name());
      QVERIFY2(item->outerRect().height() >= text.height() + fm.descent(),
               qPrintable(QString("%1 < %2 + %3")
                              .arg(item->outerRect().height())
                              .arg(text.height())
                              .arg(fm.descent())));
      QVERIFY(item->outerRect().bottom() <= view.plot()->viewport().bottom());
    }
    QVERIFY(found);
  }

  // ImageMagick does not resolve "Sans Serif"; with the real family named both renderers draw the
  // same text (⁻ and ‖ included), so their pictures agree pixel for pixel within antialiasing.
  void svgRendersTheSameInLibrsvgAndImageMagick() {
    const QString rsvg = QStandardPaths::findExecutable("rsvg-convert");
    const QString convert = QStandardPaths::findExecutable("convert");
    if (rsvg.isEmpty() || convert.isEmpty()) QSKIP("needs rsvg-convert and convert (deps.sh)");
    GradientBarsView view;
    view.resize(640, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(sigmoidSnapshot());
    QTemporaryDir dir;
    const QString svg = dir.filePath("bars.svg");
    QString error;
    QVERIFY2(exportPlot(view.plot(), svg, FigureSize(), &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("font-family=\"Sans Serif\""));
    QVERIFY(text.contains("font-family=\"DejaVu Sans\""));
    const QString w = QString::number(view.plot()->width());
    const QImage a = renderWith(rsvg, {"-w", w, "-b", "white", "-o", dir.filePath("a.png"), svg},
                                dir.filePath("a.png"));
    const QImage b = renderWith(convert,
                                {"-background", "white", "-density", "96", svg, "-resize", w + "x",
                                 "-flatten", dir.filePath("b.png")},
                                dir.filePath("b.png"));
    QVERIFY(!a.isNull() && !b.isNull());
    QCOMPARE(a.size(), b.size());
    long differing = 0;
    for (int y = 0; y < a.height(); ++y)
      for (int x = 0; x < a.width(); ++x)
        if (std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 96) ++differing;
    const double share = double(differing) / (a.width() * a.height());
    QVERIFY2(share < 0.01, qPrintable(QString("%1% of the pixels differ").arg(100 * share)));
  }
};

QTEST_MAIN(ExportExtrasTest)
#include "export_extras_test.moc"
