// The classroom features inside the real window (worker thread and all), offscreen: every built-in
// lesson from the Lessons menu, dropping files, the walk-through against core's gradients, the
// walk-through ↔ bars highlight, and the heatmap's history following the run.
#include <qcustomplot.h>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QtTest>
#include <cmath>

#include "classroom_docks.h"
#include "config_json.h"
#include "data_paths.h"
#include "explanation_panel.h"
#include "gradient_bars_view.h"
#include "gradient_heatmap_view.h"
#include "language_menu.h"
#include "lesson_menu.h"
#include "main_window.h"
#include "pace_box.h"
#include "run_model.h"
#include "trainer.h"
#include "translator_setup.h"
#include "walkthrough_panel.h"

using namespace gs;

namespace {

constexpr int kWaitMs = 30000;

Config small(int depth = 4) {
  Config c;
  c.depth = depth;
  c.width = 8;
  c.batch = 32;
  return c;
}

bool sameConfig(const Config& a, const Config& b) { return configToJson(a) == configToJson(b); }

// Waits until the window shows a fresh run of `config` (the reset reached the GUI).
bool waitForFreshRun(MainWindow& w, const Config& config) {
  return QTest::qWaitFor(
      [&] {
        return sameConfig(w.config(), config) && w.run().shownStep() == 0 &&
               w.run().snapshot().layers.empty();
      },
      kWaitMs);
}

void drop(MainWindow& w, const QString& path) {
  QMimeData mime;
  mime.setUrls({QUrl::fromLocalFile(path)});
  const QPointF at(w.width() / 2.0, w.height() / 2.0);
  QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
  QCoreApplication::sendEvent(&w, &enter);
  QVERIFY(enter.isAccepted());
  QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
  QCoreApplication::sendEvent(&w, &dropEvent);
}

// The bar the walk-through highlights: key (layer + 1) of the one-bar overlay, −1 when none.
int highlightedBar(const GradientBarsView* view) {
  for (int i = 0; i < view->plot()->plottableCount(); ++i) {
    auto* bars = qobject_cast<QCPBars*>(view->plot()->plottable(i));
    if (!bars || bars == view->bars()) continue;
    if (bars->data()->size() == 1) return int(bars->data()->begin()->key) - 1;
    return -1;
  }
  return -1;
}

// Answers "Later" to the restart question the Language menu asks once it is on screen.
Lesson builtInLesson(const QString& file) {
  return loadLessonFile(QDir(QString::fromStdString(lessonsDir())).filePath(file).toStdString());
}

void writeFile(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write(bytes);
}

}  // namespace

class LessonWiringTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QCoreApplication::setOrganizationName("GradScopeTest");
    QCoreApplication::setApplicationName("GradScopeTest");
  }

  void everyBuiltInLessonOpensFromTheMenuAndTrains() {
    MainWindow w;
    LessonMenu* menu = w.parts().lessons;
    QCOMPARE(menu->objectName(), QStringLiteral("lessonsMenu"));
    QVERIFY2(menu->errors().isEmpty(), qPrintable(menu->errors().join('\n')));
    QVERIFY(menu->lessons().size() >= 7);
    for (const Lesson& lesson : menu->lessons()) {
      const QString id = QString::fromStdString(lesson.id);
      QAction* action = menu->lessonAction(id);
      QVERIFY2(action, qPrintable(id));
      action->trigger();
      QVERIFY2(waitForFreshRun(w, lesson.config), qPrintable(id));
      QVERIFY((w.lesson() != nullptr));
      QCOMPARE(w.lesson()->id, lesson.id);
      QCOMPARE(w.parts().pace->pace(), lesson.pace);  // the lesson's watchable pace
      w.parts().pace->setPace(0);
      QCOMPARE(w.parts().classroom->explanation()->titleText(),
               QString::fromStdString(lesson.title.en()));
      // The explanation shows the lesson's claims ("What to look for"), not the empty-panel text.
      if (!lesson.claims.en().empty())
        QVERIFY(
            w.parts().classroom->explanation()->body()->toPlainText().contains("What to look for"));
      w.run().runUntil(30);
      QVERIFY2(
          QTest::qWaitFor(
              [&] { return w.run().shownStep() >= 30 || !w.problemMessage().isEmpty(); }, kWaitMs),
          qPrintable(id));
      if (!w.problemMessage().isEmpty()) {
        // Only the exploding lesson may blow up, and then the banner must say so.
        QVERIFY2(id.contains("exploding"), qPrintable(id + ": " + w.problemMessage()));
        QVERIFY(w.problemMessage().contains("NaN or infinite"));
        continue;
      }
      QCOMPARE(w.parts().bars->barValues().size(), lesson.config.depth + 1);
      for (double v : w.parts().bars->barValues()) QVERIFY2(std::isfinite(v), qPrintable(id));
    }
  }

  // The lesson text switches at once, with the rest of the window (translation_test checks the
  // menus and labels).
  void choosingALanguageSwitchesTheLessonTextNow() {
    storeLanguage(QString());
    MainWindow w;
    w.setLanguage("en");
    const Lesson lesson = builtInLesson("01-sigmoid-chain.json");
    w.openLesson(lesson);
    QCOMPARE(w.parts().classroom->explanation()->titleText(), QString("The sigmoid chain"));
    auto* languages = w.parts().languages;
    QVERIFY(languages);
    languages->choose("vi");
    QCOMPARE(storedLanguage(), QString("vi"));
    QCOMPARE(w.language(), QString("vi"));
    QCOMPARE(w.parts().classroom->explanation()->titleText(), QString("Chuỗi sigmoid"));
    QVERIFY(w.windowTitle().contains("Chuỗi sigmoid"));
    languages->choose("en");
    QCOMPARE(w.parts().classroom->explanation()->titleText(), QString("The sigmoid chain"));
    storeLanguage(QString());
  }

  // Play runs to the lesson's suggested steps and pauses there with a notice over the bars
  // ("Step 200 — the lesson's steps are done; Space continues"); the Play action reads "Play"
  // again, and Space continues from there (it neither restarts nor needs a second press).
  void playStopsAtTheLessonsStepsThenContinues() {
    MainWindow w;
    w.resize(1280, 720);
    w.show();
    const Lesson lesson = builtInLesson("01-sigmoid-chain.json");
    QVERIFY(lesson.steps > 0);
    w.openLesson(lesson);
    w.parts().pace->setPace(0);
    QVERIFY(waitForFreshRun(w, lesson.config));
    QVERIFY(w.lessonEndNotice().isEmpty());
    w.parts().play->trigger();
    QVERIFY(w.lessonEndNotice().isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return w.run().shownStep() == lesson.steps; }, kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(!w.run().isRunning(), kWaitMs);
    QTest::qWait(100);
    QCOMPARE(w.run().shownStep(), long(lesson.steps));  // stopped exactly there
    const QString note = w.lessonEndNotice();
    QVERIFY2(note.startsWith(QString("Step %1").arg(lesson.steps)) && note.contains("Space"),
             qPrintable(note));
    QCOMPARE(w.parts().play->text(), QString("&Play"));
    w.parts().step->trigger();  // one step past the lesson's end: the notice no longer holds
    QTRY_COMPARE_WITH_TIMEOUT(w.run().shownStep(), long(lesson.steps) + 1, kWaitMs);
    QVERIFY(w.lessonEndNotice().isEmpty());
    QTest::keyClick(&w, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(w.run().shownStep() > lesson.steps + 1, kWaitMs);
    QVERIFY(w.run().isRunning());
    QVERIFY(w.lessonEndNotice().isEmpty());
    QCOMPARE(w.parts().play->text(), QString("&Pause"));
    QTest::keyClick(&w, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!w.run().isRunning(), kWaitMs);
    const long stoppedAt = w.run().shownStep();
    QTest::qWait(200);
    QVERIFY(w.run().shownStep() >= stoppedAt && w.run().shownStep() > lesson.steps);
  }

  void badDirectoryLessonsAreListedNotHidden() {
    QTemporaryDir dir;
    writeFile(dir.filePath("01-good.json"),
              R"({"title": "Good", "text": "t", "formula": "f", "depth": 2})");
    writeFile(dir.filePath("02-bad.json"), R"({"title": "Bad", "text": "t", "depth": 2})");
    LessonMenu menu;
    QSignalSpy problems(&menu, &LessonMenu::problemsFound);
    menu.reload(dir.path());
    QCOMPARE(int(menu.lessons().size()), 1);
    QCOMPARE(menu.errors().size(), 1);
    QVERIFY(menu.errors().front().contains("02-bad.json"));
    QVERIFY(menu.errors().front().contains("formula"));
    QCOMPARE(problems.count(), 1);
    QVERIFY(menu.findChild<QAction*>("lessonProblems"));
  }

  void droppingABadFileKeepsTheRunAndSaysWhy() {
    MainWindow w;
    const Config c = small(3);
    w.applyConfig(c);
    QVERIFY(waitForFreshRun(w, c));
    w.run().runUntil(5);
    QTRY_COMPARE_WITH_TIMEOUT(w.run().shownStep(), 5L, kWaitMs);
    QTemporaryDir dir;
    const QString notJson = dir.filePath("broken.json");
    writeFile(notJson, "{ this is not json");
    drop(w, notJson);
    QVERIFY(w.problemMessage().contains("broken.json"));
    QVERIFY(w.problemMessage().contains("not valid JSON"));
    const QString badLesson = dir.filePath("lesson.json");
    writeFile(badLesson, R"({"title": "T", "text": "x", "formula": "f", "depth": -3})");
    drop(w, badLesson);
    QVERIFY(w.problemMessage().contains("lesson.json"));
    QVERIFY2(w.problemMessage().contains("depth"), qPrintable(w.problemMessage()));
    QTest::qWait(200);
    QCOMPARE(w.run().shownStep(), 5L);  // the run goes on from where it was
    QVERIFY(sameConfig(w.config(), c));
    QVERIFY(!(w.lesson() != nullptr));
    // A good lesson file dropped on the window opens it.
    drop(w, QString::fromStdString(lessonsDir() + "/01-sigmoid-chain.json"));
    QVERIFY((w.lesson() != nullptr));
    QCOMPARE(w.lesson()->id, std::string("01-sigmoid-chain"));
  }

  void walkThroughMatchesCoreGradientsAndHighlightsTheBar() {
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const Lesson lesson = loadLessonFile(lessonsDir() + "/01-sigmoid-chain.json");
    w.parts().lessons->lessonAction("01-sigmoid-chain")->trigger();
    w.parts().pace->setPace(0);
    QVERIFY(waitForFreshRun(w, lesson.config));
    w.parts().classroom->walkthroughDock()->raise();
    QTRY_VERIFY_WITH_TIMEOUT(w.parts().classroom->walkthroughDock()->isVisible(), kWaitMs);
    for (long s = 1; s <= 3; ++s) {
      w.run().step();
      QTRY_COMPARE_WITH_TIMEOUT(w.parts().classroom->walkStep(), s, kWaitMs);
    }
    WalkthroughPanel* panel = w.parts().classroom->walkthrough();
    const ChainWalk& walk = panel->walk();
    QVERIFY(walk.oneUnitChain);
    QVERIFY(walk.matchesBackward);
    QCOMPARE(int(walk.rows.size()), lesson.config.depth + 1);

    // An independent trainer, same config, stepped identically: after step() the network still
    // holds that step's dW and δ (the update does not touch them).
    Trainer reference(lesson.config);
    for (int s = 0; s < 3; ++s) reference.step();
    const auto& layers = reference.network().layers();
    for (int r = 0; r < 4; ++r) {
      if (r > 0) panel->next();
      const int layer = panel->currentLayer();
      const ChainWalkRow& row = walk.rows[std::size_t(r)];
      QCOMPARE(row.layer, layer);
      const double dW = layers[std::size_t(layer)].dW(0, 0);
      const double delta = layers[std::size_t(layer)].delta(0, walk.sample);
      QVERIFY2(
          std::abs(row.gradientBatch - dW) <= 1e-9 * std::abs(dW) + 1e-300,
          qPrintable(
              QString("layer %1: walk %2, core %3").arg(layer).arg(row.gradientBatch).arg(dW)));
      QVERIFY(std::abs(row.delta - delta) <= 1e-9 * std::abs(delta) + 1e-300);
      QCOMPARE(panel->table()->item(r, WalkthroughPanel::kDelta)->text(),
               WalkthroughPanel::formatNumber(row.delta));
      QCOMPARE(highlightedBar(w.parts().bars), layer);  // stepping moves the highlight
    }
    // σ′ ≤ 1/4: the running product shrinks toward the input by at least 4× per layer, weights
    // aside.
    for (const ChainWalkRow& row : walk.rows)
      if (row.activation == "sigmoid") QVERIFY(row.fprime <= 0.25);

    // Clicking a row highlights that layer's bar.
    panel->setShowAll(true);
    const int row = 7;
    const QRect cell = panel->table()->visualItemRect(panel->table()->item(row, 0));
    QTest::mouseClick(panel->table()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(highlightedBar(w.parts().bars), walk.rows[row].layer);

    // Hiding the walk-through (another tab in front) drops the highlight.
    w.parts().classroom->heatmapDock()->raise();
    QTRY_COMPARE_WITH_TIMEOUT(highlightedBar(w.parts().bars), -1, kWaitMs);
  }

  // Play with the walk-through hidden, then open it: it shows the run's last step at once (no
  // extra Step needed), and that walk is the step's real gradient.
  void walkThroughOpenedAfterARunShowsItsLastStep() {
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const Lesson lesson = loadLessonFile(lessonsDir() + "/01-sigmoid-chain.json");
    w.parts().lessons->lessonAction("01-sigmoid-chain")->trigger();
    w.parts().pace->setPace(0);
    QVERIFY(waitForFreshRun(w, lesson.config));
    w.parts().classroom->explanationDock()->raise();
    // A tab behind another still says isVisible(); what it shows is nothing.
    QTRY_VERIFY_WITH_TIMEOUT(w.parts().classroom->walkthroughDock()->visibleRegion().isEmpty(),
                             kWaitMs);
    const long steps = 40;
    w.run().runUntil(steps);
    QTRY_COMPARE_WITH_TIMEOUT(w.run().shownStep(), steps, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!w.run().isRunning(), kWaitMs);
    w.parts().classroom->walkthroughDock()->raise();
    QTRY_COMPARE_WITH_TIMEOUT(w.parts().classroom->walkStep(), steps, kWaitMs);
    const ChainWalk& walk = w.parts().classroom->walkthrough()->walk();
    QVERIFY(walk.matchesBackward);
    Trainer reference(lesson.config);
    for (long s = 0; s < steps; ++s) reference.step();
    const ChainWalkRow& first = walk.rows.back();  // the layer next to the input
    const double dW = reference.network().layers()[std::size_t(first.layer)].dW(0, 0);
    QVERIFY2(std::abs(first.gradientBatch - dW) <= 1e-9 * std::abs(dW) + 1e-300,
             qPrintable(QString("walk %1, core %2").arg(first.gradientBatch).arg(dW)));
  }

  void heatmapGainsColumnsWhileTrainingAndClearsOnReset() {
    MainWindow w;
    const Config c = small(5);
    w.applyConfig(c);
    QVERIFY(waitForFreshRun(w, c));
    QCOMPARE(w.parts().classroom->heatmap()->cellCount(), 0);
    w.run().runUntil(10);
    QTRY_COMPARE_WITH_TIMEOUT(w.run().shownStep(), 10L, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(w.parts().classroom->heatmap()->cellCount(), 10 * 6, kWaitMs);
    w.run().runUntil(40);
    QTRY_COMPARE_WITH_TIMEOUT(w.parts().classroom->heatmap()->cellCount(), 40 * 6, kWaitMs);
    // Another measure redraws the same history.
    auto* box = w.parts().classroom->heatmapMeasureBox();
    box->setCurrentIndex(box->findData("dead_fraction"));
    QCOMPARE(w.parts().classroom->heatmap()->measure(), Measure::DeadFraction);
    QCOMPARE(w.parts().classroom->heatmap()->cellCount(), 40 * 6);
    w.parts().reset->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(w.parts().classroom->heatmap()->cellCount(), 0, kWaitMs);
    QCOMPARE(w.run().shownStep(), 0L);
  }
};

QTEST_MAIN(LessonWiringTest)
#include "lesson_wiring_test.moc"
