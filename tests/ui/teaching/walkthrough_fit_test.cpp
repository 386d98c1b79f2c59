// Issue 10 item 6: the walk-through fits its dock without a horizontal scroll bar. Run once per
// screen size and language (CMake passes the offscreen screen and LANGUAGE): the real window at
// its first-start size, every lesson opened in turn and stepped, the walk-through shown whole; then
// presentation mode (F11; on a small screen the teaching panels' page, E). Each time the table
// needs no horizontal scroll bar, every cell of every row (the rows still to come included) and
// every header line is as narrow as its column, and a new lesson starts again at the output row.
// GRADSCOPE_FIT_SHOTS=DIR saves the dock's grab.
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

#include "classroom_docks.h"
#include "lesson.h"
#include "main_window.h"
#include "presentation_mode.h"
#include "run_model.h"
#include "translator_setup.h"
#include "walkthrough_panel.h"

using namespace gs;

namespace {

constexpr int kWaitMs = 30000;

// The font a cell is drawn in: the table's, with what the item sets (bold δ) on top.
QFont cellFont(const QTableWidget* table, const QTableWidgetItem* item) {
  const QVariant own = item->data(Qt::FontRole);
  return own.isValid() ? own.value<QFont>().resolve(table->font()) : table->font();
}

// What the style elides a cell's or header's text against: its width less the text margins.
void checkColumns(const QTableWidget* t, const QString& where, QStringList* problems) {
  const int cellMargin = t->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, t) + 1;
  const QHeaderView* header = t->horizontalHeader();
  const int headerMargin = t->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
  const QFontMetrics hm(header->font());
  for (int c = 0; c < t->columnCount(); ++c) {
    if (t->isColumnHidden(c)) continue;
    const int width = t->columnWidth(c);
    const QStringList lines = t->horizontalHeaderItem(c)->text().split('\n');
    for (const QString& line : lines)
      if (hm.horizontalAdvance(line) + 2 * headerMargin > width)
        *problems << QString("%1: header \"%2\" needs %3 px in %4 px")
                         .arg(where, line)
                         .arg(hm.horizontalAdvance(line) + 2 * headerMargin)
                         .arg(width);
    if (header->height() < lines.size() * hm.height())
      *problems << QString("%1: header \"%2\" has %3 lines in %4 px")
                       .arg(where, lines.join(' '))
                       .arg(lines.size())
                       .arg(header->height());
    for (int r = 0; r < t->rowCount(); ++r) {
      const QTableWidgetItem* item = t->item(r, c);
      const int needed =
          QFontMetrics(cellFont(t, item)).horizontalAdvance(item->text()) + 2 * cellMargin;
      if (needed > width)
        *problems << QString("%1: cell \"%2\" (row %3) needs %4 px in %5 px")
                         .arg(where, item->text())
                         .arg(r + 1)
                         .arg(needed)
                         .arg(width);
    }
  }
}

QStringList fitProblems(const WalkthroughPanel* panel, const QString& where) {
  QStringList problems;
  const QTableWidget* t = panel->table();
  if (t->rowCount() == 0) return {where + ": no rows"};
  if (const int over = t->horizontalScrollBar()->maximum(); over > 0)
    problems << QString("%1: the table scrolls %2 px across (viewport %3 px)")
                    .arg(where)
                    .arg(over)
                    .arg(t->viewport()->width());
  // The panel itself is no wider than its dock: the dock's scroll area would scroll instead.
  for (QWidget* w = panel->parentWidget(); w; w = w->parentWidget())
    if (auto* area = qobject_cast<QScrollArea*>(w)) {
      if (area->horizontalScrollBar()->maximum() > 0)
        problems << QString("%1: the dock scrolls %2 px across")
                        .arg(where)
                        .arg(area->horizontalScrollBar()->maximum());
      break;
    }
  checkColumns(t, where, &problems);
  return problems;
}

QStringList lessonFiles() {
  const QDir dir(GRADSCOPE_LESSON_DIR);
  QStringList files;
  for (const QString& name : dir.entryList({"*.json"}, QDir::Files, QDir::Name))
    files << dir.filePath(name);
  return files;
}

}  // namespace

class WalkthroughFitTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QCoreApplication::setOrganizationName("GradScopeTest");
    QCoreApplication::setApplicationName("GradScopeWalkthroughFitTest");
    installTranslations(*qApp);  // LANGUAGE=vi: the Vietnamese window
  }

  void everyLessonFitsTheDockInBothModes() {
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    const QString size = QString("%1x%2").arg(screen.width()).arg(screen.height());
    MainWindow w;
    w.setLanguage(uiLanguage());
    // The first start's size (MainWindow::fitToScreen): 90% of the screen.
    w.resize(std::min(1600, int(screen.width() * 0.9)), std::min(1000, int(screen.height() * 0.9)));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ClassroomDocks& docks = *w.parts().classroom;
    WalkthroughPanel* panel = docks.walkthrough();
    QStringList problems;
    const QStringList files = lessonFiles();
    QVERIFY(files.size() >= 10);
    for (const QString& file : files) {
      const QString lesson = QFileInfo(file).baseName();
      w.parts().presentation->setOn(false);
      QSignalSpy reset(&w.run(), &RunModel::runReset);
      w.openLesson(loadLessonFile(file.toStdString()));
      QTRY_VERIFY_WITH_TIMEOUT(!reset.isEmpty(), kWaitMs);  // the worker built the new network
      docks.walkthroughDock()->show();
      docks.walkthroughDock()->raise();
      w.run().runUntil(5);
      QTRY_VERIFY_WITH_TIMEOUT(
          w.run().shownStep() == 5 && !w.run().isRunning() && !panel->walk().rows.empty(), kWaitMs);
      // A new lesson starts again at the output row, scrolled to the layer column.
      if (panel->revealedRows() != 1 || panel->showingAll() ||
          panel->table()->horizontalScrollBar()->value() != 0)
        problems << QString(
                        "%1 %2: the new lesson does not start at the output row (%3 rows "
                        "shown, all: %4, scrolled %5 px)")
                        .arg(size, lesson)
                        .arg(panel->revealedRows())
                        .arg(panel->showingAll())
                        .arg(panel->table()->horizontalScrollBar()->value());
      panel->setShowAll(true);
      QTest::qWait(2 * RunModel::kFrameMs);
      problems << fitProblems(panel, QString("%1 %2 normal").arg(size, lesson));
      w.parts().presentation->setOn(true);
      if (QAction* page = w.parts().presentation->drawerAction(); page->isEnabled())
        page->setChecked(true);  // a small screen: the teaching panels' page (E)
      docks.walkthroughDock()->raise();
      QTest::qWait(2 * RunModel::kFrameMs);
      problems << fitProblems(panel, QString("%1 %2 F11").arg(size, lesson));
      if (const QString dir = qEnvironmentVariable("GRADSCOPE_FIT_SHOTS"); !dir.isEmpty())
        docks.walkthroughDock()->grab().save(
            QDir(dir).filePath(QString("walk-%1-%2-%3.png").arg(size, uiLanguage(), lesson)));
    }
    for (const QString& problem : problems) qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(QString("%1 problems").arg(problems.size())));
  }
};

QTEST_MAIN(WalkthroughFitTest)
#include "walkthrough_fit_test.moc"
