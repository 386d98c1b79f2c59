// Your own data in the window, offscreen: clicks on the decision map add and remove points (the
// class a left click adds chosen with keys 0–7), Undo / Redo / Clear, File ▸ Open data… refusing a
// bad CSV with its line and reason and changing nothing, the K-class map in the theme's colours,
// and a saved configuration keeping drawn points.
#include <qcustomplot.h>

#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

#include "class_map.h"
#include "config_json.h"
#include "data_actions.h"
#include "file_actions.h"
#include "framed_text_element.h"
#include "main_window.h"
#include "plot_theme.h"
#include "point_editor.h"
#include "prediction_view.h"
#include "run_model.h"
#include "trainer.h"
#include "translator_setup.h"

using namespace gs;

namespace {

constexpr int kWaitMs = 20000;

// A K-class map of `grid` cells per side with the most likely class k in column band k.
Prediction bandsPrediction(int K, int grid = 8) {
  Prediction p;
  p.kind = Prediction::Kind::Map;
  p.classes = K;
  p.nx = p.ny = grid;
  p.xMin = p.yMin = -1.5;
  p.xMax = p.yMax = 1.5;
  for (int iy = 0; iy < grid; ++iy)
    for (int ix = 0; ix < grid; ++ix) {
      p.cellClass.push_back(ix * K / grid);
      p.values.push_back(1.0);  // certain
    }
  for (int k = 0; k < K; ++k) {
    p.pointX.push_back(-1 + 0.3 * k);
    p.pointY.push_back(0.5);
    p.pointLabel.push_back(k);
  }
  return p;
}

// Two classes with points on a 0.1 grid over the whole map, corners and top edge included.
Prediction filledPrediction() {
  Prediction p = bandsPrediction(2);
  p.pointX.clear(), p.pointY.clear(), p.pointLabel.clear();
  for (int i = 0; i <= 30; ++i)
    for (int j = 0; j <= 30; ++j) {
      p.pointX.push_back(-1.5 + 0.1 * i);
      p.pointY.push_back(-1.5 + 0.1 * j);
      p.pointLabel.push_back((i + j) % 2);
    }
  return p;
}

// The widget position of plot coordinates (a, b).
QPoint at(QCustomPlot* plot, double a, double b) {
  return QPoint(int(std::lround(plot->xAxis->coordToPixel(a))),
                int(std::lround(plot->yAxis->coordToPixel(b))));
}

bool waitForStep0(MainWindow& w, const std::function<bool(const Config&)>& ok) {
  return QTest::qWaitFor([&] { return ok(w.run().config()); }, kWaitMs);
}

}  // namespace

class PointDrawingTest : public QObject {
  Q_OBJECT

 private slots:
  void init() { PlotThemes::instance().set(PlotTheme::make(ThemeColors::Light)); }

  void clicksReportPointsWithTheChosenClass() {
    PredictionView view;
    view.resize(600, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setPrediction(bandsPrediction(3));
    view.setPointInputMode(PointInput::Mode::Classes);
    view.plot()->replot();
    QSignalSpy add(view.pointInput(), &PointInput::addRequested);
    QSignalSpy remove(view.pointInput(), &PointInput::removeRequested);
    QCustomPlot* plot = view.plot();
    QTest::mouseClick(plot, Qt::LeftButton, {}, at(plot, 0.5, -0.25));
    QTest::mouseClick(plot, Qt::RightButton, {}, at(plot, -0.5, 0.75));
    QTest::keyClick(plot, Qt::Key_5);
    QVERIFY(view.inputHint().contains("class 5"));
    QTest::mouseClick(plot, Qt::LeftButton, {}, at(plot, 0, 0));
    QTest::mouseClick(plot, Qt::LeftButton, Qt::ShiftModifier, at(plot, 1, 1));
    QCOMPARE(add.count(), 3);
    QCOMPARE(add[0][2].toInt(), 0);
    QCOMPARE(add[1][2].toInt(), 1);
    QCOMPARE(add[2][2].toInt(), 5);
    const double pixel = plot->xAxis->range().size() / plot->axisRect()->width();
    QVERIFY(std::abs(add[0][0].toDouble() - 0.5) < 2 * pixel);
    QVERIFY(std::abs(add[0][1].toDouble() + 0.25) < 2 * pixel);
    QCOMPARE(remove.count(), 1);
    QVERIFY(std::abs(remove[0][0].toDouble() - 1) < 2 * pixel);
    // Outside the plot's box (on the title) a click adds nothing.
    QTest::mouseClick(plot, Qt::LeftButton, {}, QPoint(plot->width() / 2, 3));
    QCOMPARE(add.count(), 3);
    view.setPointInputMode(PointInput::Mode::Off);
    QTest::mouseClick(plot, Qt::LeftButton, {}, at(plot, 0.5, -0.25));
    QCOMPARE(add.count(), 3);
    QVERIFY(view.inputHint().isEmpty());
  }

  // The hint says what a click adds and covers no data point, even where the data reach the top
  // of the map (it once sat in the box's corner over the circles' top points); in presentation
  // mode and in Vietnamese it stays whole, on two lines if one does not fit.
  void hintCoversNoDataPoint() {
    QTranslator vi;
    QVERIFY(loadTranslation(vi, "vi"));
    for (const bool presentation : {false, true})
      for (const bool vietnamese : {false, true}) {
        if (vietnamese) QCoreApplication::installTranslator(&vi);
        PlotThemes::instance().set(PlotTheme::make(ThemeColors::Light, presentation));
        PredictionView view;
        view.resize(360, 420);  // the dock at 1280 × 720
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setPrediction(filledPrediction());
        view.setPointInputMode(PointInput::Mode::Classes);
        view.plot()->replot();
        view.plot()->replot();  // the aspect pass
        QCoreApplication::removeTranslator(&vi);
        const QString where = QString("presentation %1, vi %2").arg(presentation).arg(vietnamese);
        if (presentation) {  // the map keeps the room on a projector; the tooltip keeps the keys
          QVERIFY2(!view.hintElement()->visible() && !view.hintElement()->layout(),
                   qPrintable(where));
          QVERIFY2(view.plot()->toolTip().contains("0–7"), qPrintable(view.plot()->toolTip()));
          continue;
        }
        const QRectF frame = view.hintElement()->frameRect();
        QVERIFY2(!frame.isEmpty() && QRectF(view.plot()->rect()).contains(frame),
                 qPrintable(where));
        QVERIFY2(view.hintElement()->text().startsWith(vietnamese ? "Nhấp" : "Click"),
                 qPrintable(view.hintElement()->text()));
        const QFontMetrics metrics(view.hintElement()->font());
        for (const QString& line : view.hintElement()->text().split('\n'))
          QVERIFY2(metrics.horizontalAdvance(line) <= frame.width(), qPrintable(where + line));
        int points = 0;
        for (int k = 0; k < 2; ++k) {
          QCPGraph* g = view.pointsGraph(k);
          const double r = g->scatterStyle().size() / 2 + 1;
          for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it, ++points) {
            const QPointF p(g->keyAxis()->coordToPixel(it->key),
                            g->valueAxis()->coordToPixel(it->value));
            QVERIFY2(!frame.intersects(QRectF(p - QPointF(r, r), p + QPointF(r, r))),
                     qPrintable(where + QString(": point (%1, %2)").arg(it->key).arg(it->value)));
          }
        }
        QCOMPARE(points, 31 * 31);
      }
  }

  void kClassMapUsesTheThemeColours() {
    PredictionView view;
    view.resize(600, 500);
    view.setPrediction(bandsPrediction(4));
    QVERIFY(view.classMap()->visible());
    QVERIFY(!view.map()->visible());
    QCOMPARE(view.plot()->legend->itemCount() >= 4, true);
    for (int k = 0; k < 4; ++k) QCOMPARE(view.pointsGraph(k)->data()->size(), 1);
    for (ThemeColors colors : {ThemeColors::Light, ThemeColors::Dark, ThemeColors::HighContrast}) {
      PlotThemes::instance().set(PlotTheme::make(colors));
      const PlotTheme& t = PlotThemes::current();
      const QImage image = view.classMap()->pixmap().toImage();
      QCOMPARE(image.size(), QSize(8, 8));
      for (int k = 0; k < 4; ++k) {  // column band k: 2 columns of class k, p = 1
        const QColor want = classTint(t.classColor(k), t.background, 1.0, 4, 0.55);
        QCOMPARE(QColor(image.pixel(2 * k, 3)), want);
        QCOMPARE(view.pointsGraph(k)->scatterStyle().brush().color(), t.classColor(k));
      }
    }
    // Eight distinct class colours in every theme.
    for (ThemeColors colors : {ThemeColors::Light, ThemeColors::Dark, ThemeColors::HighContrast}) {
      const PlotTheme t = PlotTheme::make(colors);
      QSet<QRgb> distinct;
      for (int k = 0; k < 8; ++k) distinct.insert(t.classColor(k).rgb());
      QCOMPARE(distinct.size(), 8);
    }
  }

  void drawnPointsUndoRedoAndClear() {
    MainWindow w;
    w.resize(1280, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    PredictionView* view = w.parts().prediction;
    QVERIFY(
        QTest::qWaitFor([&] { return view->prediction().kind == Prediction::Kind::Map; }, kWaitMs));
    view->plot()->replot();
    const int builtIn = w.config().samples;
    QCustomPlot* plot = view->plot();
    QTest::keyClick(plot, Qt::Key_3);
    QTest::mouseClick(plot, Qt::LeftButton, {}, at(plot, 0.25, 0.5));
    // The first click turns the built-in points into yours, plus the new one of class 3.
    QVERIFY(w.config().data);
    QCOMPARE(w.config().data->size(), builtIn + 1);
    QCOMPARE(w.config().data->y(builtIn), 3.0);
    QCOMPARE(w.config().classes, 4);
    QCOMPARE(w.config().loss, LossKind::SoftmaxCe);  // four classes need one output each
    QVERIFY(
        waitForStep0(w, [&](const Config& c) { return c.data && c.data->size() == builtIn + 1; }));
    QVERIFY(w.statusBar()->currentMessage().contains("class 3"));
    QTest::mouseClick(plot, Qt::RightButton, {}, at(plot, -0.25, -0.5));
    QCOMPARE(w.config().data->size(), builtIn + 2);
    QCOMPARE(w.config().data->y(builtIn + 1), 1.0);
    // Shift+click removes the point nearest to the click: the class-1 point just added.
    QTest::mouseClick(plot, Qt::LeftButton, Qt::ShiftModifier, at(plot, -0.25, -0.5));
    QCOMPARE(w.config().data->size(), builtIn + 1);
    QCOMPARE(w.config().data->y(builtIn), 3.0);
    DataActions* data = w.parts().data;
    data->undoAction()->trigger();  // the removal
    QCOMPARE(w.config().data->size(), builtIn + 2);
    data->undoAction()->trigger();  // the right click
    data->undoAction()->trigger();  // the first click: back to the built-in data set
    QVERIFY(!w.config().data);
    QCOMPARE(w.config().loss, LossKind::BceLogits);
    QCOMPARE(w.config().classes, 2);
    data->redoAction()->trigger();
    QCOMPARE(w.config().data->size(), builtIn + 1);
    data->clearAction()->trigger();
    QVERIFY(!w.parts().play->isEnabled());  // nothing to train on until a point is added
    QTest::mouseClick(plot, Qt::LeftButton, {}, at(plot, 0.1, 0.1));
    QCOMPARE(w.config().data->size(), 1);
    QVERIFY(w.parts().play->isEnabled());
    data->undoAction()->trigger();
    data->undoAction()->trigger();  // before Clear
    QCOMPARE(w.config().data->size(), builtIn + 1);
    // Ctrl+Z reaches the undo action from the window.
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!w.config().data);
  }

  void openDataRefusesABadFileAndChangesNothing() {
    QTemporaryDir dir;
    const QString bad = dir.filePath("bad.csv"), good = dir.filePath("good.csv");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x1,x2,label\n0,0,0\n1,1,1\n0.5,oops,2\n");
    f.close();
    QFile g(good);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("0,0,0\n1,1,1\n-1,1,2\n1,-1,2\n");
    g.close();
    MainWindow w;
    const Config before = w.config();
    QString error;
    QVERIFY(!w.parts().data->openDataFrom(bad, &error));
    QVERIFY2(error.contains("line 4") && error.contains("\"oops\" is not a number"),
             qPrintable(error));
    QCOMPARE(configToJson(w.config()), configToJson(before));
    QVERIFY(w.parts().data->openDataFrom(good, &error));
    QCOMPARE(w.config().data->size(), 4);
    QCOMPARE(w.config().classes, 3);
    QVERIFY(waitForStep0(w, [](const Config& c) { return c.data && c.data->size() == 4; }));
    // Saved, the configuration names the CSV; drawn on, it carries the points.
    const QString saved = dir.filePath("exp.json");
    QVERIFY(w.parts().files->saveConfigTo(saved, &error));
    QCOMPARE(
        QString::fromStdString(readJsonFile(saved.toStdString())["data"]["csv"].get<std::string>()),
        QString("good.csv"));
    w.parts().data->editor().add(0.5, 0.5, 1, nullptr);
    QVERIFY(w.parts().files->saveConfigTo(saved, &error));
    const Config back = loadConfigFile(saved.toStdString());
    QCOMPARE(back.data->size(), 5);
    QCOMPARE(back.data->X(0, 4), 0.5);
    // Undo the drawn point, then the opened file: back to the built-in data set as it was.
    w.parts().data->undoAction()->trigger();
    QCOMPARE(w.config().data->size(), 4);
    w.parts().data->undoAction()->trigger();
    QVERIFY(!w.config().data);
    QCOMPARE(configToJson(w.config()), configToJson(before));
  }
};

QTEST_MAIN(PointDrawingTest)
#include "point_drawing_test.moc"
