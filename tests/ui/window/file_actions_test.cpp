// File ▸ Save / Open configuration, recent files and every Export entry, driven without dialogs
// (FileActions' *To / *From functions), offscreen: what is written is what was asked for, and a
// failed save leaves the file that was there untouched.
#include <qcustomplot.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QXmlStreamReader>
#include <QtTest>
#include <csignal>

#include "config_json.h"
#include "file_actions.h"
#include "gradient_bars_view.h"
#include "main_window.h"
#include "recent_files.h"
#include "run_model.h"

using namespace gs;

namespace {

constexpr int kWaitMs = 20000;
const QByteArray kOld = "{ \"old\": \"this file must survive a failed save\" }\n";

Config distinctive() {
  Config c;
  c.depth = 7;
  c.width = 6;
  c.batch = 16;
  c.optimizer.lr = 0.0375;
  c.activation = ActivationKind::Tanh;
  c.seed = 4242;
  return c;
}

FileActions* actionsOf(MainWindow& w) { return w.parts().files; }

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writePlain(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  QCOMPARE(f.write(bytes), bytes.size());
}

// Distinct colours on a coarse grid: a blank (all white) image has one.
int distinctColours(const QImage& image) {
  QSet<QRgb> colours;
  for (int y = 0; y < image.height(); y += 7)
    for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
  return colours.size();
}

// Closes the next modal box and hands back its text.
void closeNextMessageBox(QString* text) {
  QTimer::singleShot(0, [text] {
    if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
      *text = box->text();
      box->close();
    }
  });
}

}  // namespace

class FileActionsTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QCoreApplication::setOrganizationName("GradScopeTest");
    QCoreApplication::setApplicationName("GradScopeFileActionsTest");
    QSettings().clear();
  }

  void saveThenOpenRoundTrips() {
    QTemporaryDir dir;
    const QString path = dir.filePath("run.json");
    MainWindow w;
    FileActions* actions = actionsOf(w);
    w.applyConfig(distinctive());
    QString error;
    QVERIFY2(actions->saveConfigTo(path, &error), qPrintable(error));
    w.applyConfig(Config());
    QVERIFY(configToJson(w.config()) != configToJson(distinctive()));
    QVERIFY2(actions->openConfigFrom(path, &error), qPrintable(error));
    QCOMPARE(QString::fromStdString(configToJson(w.config()).dump()),
             QString::fromStdString(configToJson(distinctive()).dump()));
    QCOMPARE(actions->recentFiles()->files().value(0), QFileInfo(path).absoluteFilePath());
  }

  void openingABadFileNamesItAndKeepsTheRun() {
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.json");
    writePlain(path, "{ \"depth\": -3 }");
    MainWindow w;
    w.applyConfig(distinctive());
    QString error;
    QVERIFY(!actionsOf(w)->openConfigFrom(path, &error));
    QVERIFY2(error.contains("depth"), qPrintable(error));
    QCOMPARE(w.config().depth, distinctive().depth);
  }

  // A read-only folder: a tmpfs remounted read-only (root ignores permissions), or chmod 0555.
  void saveIntoUnwritableFolderFailsAndKeepsTheFile() {
    QTemporaryDir dir;
    const QByteArray folder = QFile::encodeName(dir.path());
    const QString path = dir.filePath("run.json");
    const bool mounted = ::mount("tmpfs", folder.constData(), "tmpfs", 0, "size=64k") == 0;
    if (!mounted && ::geteuid() == 0) QSKIP("root, and no tmpfs can be mounted here");
    writePlain(path, kOld);
    if (mounted)
      QCOMPARE(::mount("tmpfs", folder.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, "size=64k"),
               0);
    else
      QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    MainWindow w;
    QString error;
    const bool saved = actionsOf(w)->saveConfigTo(path, &error);
    const QByteArray after = readAll(path);
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    if (mounted)
      ::umount(folder.constData());
    else
      QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!saved);
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(after, kOld);
    QCOMPARE(left, QStringList{"run.json"});  // no temporary left behind
  }

  // The file-size limit makes write() fail part-way (EFBIG), like a full disk, even for root.
  void saveThatFailsMidWriteKeepsTheFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath("run.json");
    writePlain(path, kOld);
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit small = old;
    small.rlim_cur = 64;
    auto previous = ::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    MainWindow w;
    QString error;
    const bool saved = actionsOf(w)->saveConfigTo(path, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    ::signal(SIGXFSZ, previous);
    QVERIFY(!saved);
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(readAll(path), kOld);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"run.json"});
  }

  void everyPlotExportsToPngSvgAndPdf() {
    QTemporaryDir dir;
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    w.applyConfig(distinctive());
    w.run().runUntil(5);
    QTRY_COMPARE_WITH_TIMEOUT(w.run().shownStep(), 5L, kWaitMs);
    const QVector<ExportablePlot> plots = actionsOf(w)->plots();
    QVERIFY(plots.size() >= 4);
    FigureSize size;
    size.width = 320;
    size.height = 200;
    size.scale = 2;
    for (int i = 0; i < plots.size(); ++i) {
      const QString stem = dir.filePath(QString("plot%1").arg(i));
      QString error;
      QVERIFY2(exportPlot(plots[i].plot, stem + ".png", size, &error), qPrintable(error));
      const QImage png(stem + ".png");
      QCOMPARE(png.size(), QSize(640, 400));
      QVERIFY2(distinctColours(png) > 3, qPrintable(plots[i].title));
      QVERIFY2(exportPlot(plots[i].plot, stem + ".svg", size, &error), qPrintable(error));
      QXmlStreamReader svg(readAll(stem + ".svg"));
      QVERIFY(svg.readNextStartElement());
      QCOMPARE(svg.name().toString(), QString("svg"));
      QVERIFY2(exportPlot(plots[i].plot, stem + ".pdf", size, &error), qPrintable(error));
      QVERIFY(readAll(stem + ".pdf").startsWith("%PDF-"));
    }
  }

  void wholeWindowExportsAtTheRequestedSize() {
    QTemporaryDir dir;
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    FigureSize size;
    size.width = 600;
    size.height = 400;
    size.scale = 1.5;
    QString error;
    QVERIFY2(actionsOf(w)->exportWindowTo(dir.filePath("w.png"), size, &error), qPrintable(error));
    const QImage png(dir.filePath("w.png"));
    QCOMPARE(png.size(), QSize(900, 600));
    QVERIFY(distinctColours(png) > 3);
    QVERIFY(!actionsOf(w)->exportWindowTo(dir.filePath("w.txt"), size, &error));
    QVERIFY2(error.contains("w.txt"), qPrintable(error));
  }

  // In a whole-window SVG the plots are vectors, not screen bitmaps: the bars are paths and no
  // embedded image is as large as a plot (only colour maps, combo boxes and check marks are).
  void wholeWindowSvgDrawsThePlotsAsVectors() {
    QTemporaryDir dir;
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.applyConfig(distinctive());
    w.run().runUntil(5);
    QTRY_COMPARE_WITH_TIMEOUT(w.run().shownStep(), 5L, kWaitMs);
    QString error;
    const QString path = dir.filePath("w.svg");
    QVERIFY2(actionsOf(w)->exportWindowTo(path, FigureSize(), &error), qPrintable(error));
    QXmlStreamReader svg(readAll(path));
    const QSize barsPlot = w.parts().bars->plot()->size();
    int images = 0, paths = 0;
    while (!svg.atEnd()) {
      if (svg.readNext() != QXmlStreamReader::StartElement) continue;
      if (svg.name() == QLatin1String("path")) ++paths;
      if (svg.name() != QLatin1String("image")) continue;
      ++images;
      const QSize image(svg.attributes().value("width").toInt(),
                        svg.attributes().value("height").toInt());
      QVERIFY2(image.width() < barsPlot.width() || image.height() < barsPlot.height(),
               qPrintable(QString("a %1×%2 image").arg(image.width()).arg(image.height())));
    }
    QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
    QVERIFY2(paths > 50, qPrintable(QString::number(paths)));
    qInfo("whole-window SVG: %d paths, %d small images", paths, images);
  }

  void historyCsvHasOneRowPerLayerAndStep() {
    QTemporaryDir dir;
    const QString path = dir.filePath("history.csv");
    MainWindow w;
    FileActions* actions = actionsOf(w);
    Config c = distinctive();
    c.depth = 3;  // 3 hidden layers + the output layer
    w.applyConfig(c);
    QString error;
    QVERIFY(!actions->exportHistoryTo(path, &error));  // nothing trained yet
    QVERIFY2(error.contains(path), qPrintable(error));
    for (long step = 1; step <= 4; ++step) {  // one step at a time: every step is drawn
      w.run().step();
      QTRY_COMPARE_WITH_TIMEOUT(w.run().shownStep(), step, kWaitMs);
    }
    QTRY_VERIFY_WITH_TIMEOUT(w.run().history().columns() >= 4, kWaitMs);
    QVERIFY2(actions->exportHistoryTo(path, &error), qPrintable(error));
    const QList<QByteArray> lines = readAll(path).trimmed().split('\n');
    QVERIFY(lines.value(0).startsWith("step,loss,layer,activation,"));
    const int columns = w.run().history().columns();
    QCOMPARE(lines.size() - 1, 4 * columns);
    QSet<QByteArray> steps;
    for (int i = 1; i < lines.size(); ++i) steps.insert(lines[i].split(',').value(0));
    QVERIFY2(steps.contains("4"), lines.last().constData());
  }

  void configJsonExportParsesAsAConfig() {
    QTemporaryDir dir;
    const QString path = dir.filePath("config.json");
    MainWindow w;
    w.applyConfig(distinctive());
    QString error;
    QVERIFY2(actionsOf(w)->saveConfigTo(path, &error), qPrintable(error));
    const Config read = configFromJson(nlohmann::json::parse(readAll(path).toStdString()));
    QCOMPARE(read.depth, 7);
    QCOMPARE(read.optimizer.lr, 0.0375);
    QVERIFY(read.activation == ActivationKind::Tanh);
    QCOMPARE(read.seed, distinctive().seed);
  }

  void recentFilesKeepEightAndDropMissingOnesWithAMessage() {
    QTemporaryDir dir;
    MainWindow w;
    RecentFiles* recent = actionsOf(w)->recentFiles();
    recent->clear();
    for (int i = 0; i < 10; ++i) {
      const QString path = dir.filePath(QString("c%1.json").arg(i));
      writePlain(path, "{}");
      recent->add(path);
    }
    QCOMPARE(recent->files().size(), RecentFiles::kMax);
    QCOMPARE(recent->files().first(), dir.filePath("c9.json"));
    const QString gone = dir.filePath("c9.json");
    QFile::remove(gone);
    QSignalSpy opened(recent, &RecentFiles::openRequested);
    QString message;
    closeNextMessageBox(&message);
    recent->choose(gone);
    QCOMPARE(opened.count(), 0);
    QVERIFY(!recent->files().contains(gone));
    QVERIFY2(message.contains("c9.json"), qPrintable(message));
    recent->choose(dir.filePath("c8.json"));
    QCOMPARE(opened.count(), 1);
  }
};

QTEST_MAIN(FileActionsTest)
#include "file_actions_test.moc"
