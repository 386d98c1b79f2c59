// FigureExport writes real PNG / SVG / PDF files of the requested size that are not blank, and
// says clearly what went wrong otherwise.
#include <qcustomplot.h>
#include <sys/resource.h>

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

#include "figure_export.h"
#include "gradient_heatmap_view.h"
#include "teaching_fixtures.h"

using namespace gs;

namespace {

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Distinct colours and the share of non-white pixels: a blank or single-colour image fails.
void expectNotBlank(const QImage& image) {
  QSet<QRgb> colours;
  qint64 ink = 0;
  for (int y = 0; y < image.height(); y += 2)
    for (int x = 0; x < image.width(); x += 2) {
      const QRgb c = image.pixel(x, y);
      colours.insert(c);
      ink += c != qRgb(255, 255, 255) && c != qRgba(255, 255, 255, 255);
    }
  QVERIFY2(colours.size() >= 16, qPrintable(QString::number(colours.size())));
  const double share = double(ink) / (double(image.width() / 2) * double(image.height() / 2));
  QVERIFY2(share > 0.05, qPrintable(QString::number(share)));
}

// When GRADSCOPE_SHOT_DIR is set, keeps a copy of an exported file for looking at it.
void keepForLooking(const QString& path) {
  const QString dir = qEnvironmentVariable("GRADSCOPE_SHOT_DIR");
  if (dir.isEmpty()) return;
  const QString target = dir + "/export-" + QFileInfo(path).fileName();
  QFile::remove(target);
  QFile::copy(path, target);
}

// The page size in points from "/MediaBox [0 0 600.000000 400.000000]".
QSizeF pdfPageSize(const QByteArray& pdf) {
  const auto m = QRegularExpression(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"))
                     .match(QString::fromLatin1(pdf));
  return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

}  // namespace

class FigureExportTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase();
  void pngHasTheRequestedPixelsAndContent();
  void svgIsAnSvgDocumentOfTheRequestedSize();
  void pdfIsAOnePagePdfOfTheRequestedSize();
  void widgetExportsToAllThreeFormats();
  void zoomDrawsTheSmallerLayoutLargerAtTheSameSize();
  void badRequestsSayWhatIsWrong();
  void aFailedExportLeavesTheOldFileAlone();
  void anExportThatFailsMidWriteKeepsTheOldFile_data();
  void anExportThatFailsMidWriteKeepsTheOldFile();

 private:
  QTemporaryDir dir_;
  GradientHeatmapView* view_ = nullptr;
};

void FigureExportTest::initTestCase() {
  QVERIFY(dir_.isValid());
  view_ = new GradientHeatmapView;
  view_->resize(500, 300);
  const auto run = gs::testing::train(gs::testing::smallConfig(ActivationKind::Sigmoid, 8), 50);
  view_->setHistory(run.history);
}

void FigureExportTest::pngHasTheRequestedPixelsAndContent() {
  const QString path = dir_.filePath(QStringLiteral("heatmap.png"));
  QString error;
  QVERIFY2(exportPlot(view_->plot(), path, {400, 300, 2.0, 1.0, {}}, &error), qPrintable(error));
  QImage image(path);
  QCOMPARE(image.size(), QSize(800, 600));
  expectNotBlank(image);
  keepForLooking(path);
}

void FigureExportTest::svgIsAnSvgDocumentOfTheRequestedSize() {
  const QString path = dir_.filePath(QStringLiteral("heatmap.svg"));
  QString error;
  QVERIFY2(exportPlot(view_->plot(), path, {640, 360, 1.0, 1.0, {}}, &error), qPrintable(error));
  keepForLooking(path);
  const QByteArray svg = readAll(path);
  QDomDocument doc;
  QVERIFY(doc.setContent(svg));
  const QDomElement root = doc.documentElement();
  QCOMPARE(root.tagName(), QStringLiteral("svg"));
  QVERIFY2(root.attribute("viewBox").simplified() == QStringLiteral("0 0 640 360"),
           qPrintable(root.attribute("viewBox")));
  // Text and shapes, not only an embedded bitmap: axis labels are real text elements.
  QVERIFY(svg.contains("<text"));
  QVERIFY(svg.contains("training step"));
}

void FigureExportTest::pdfIsAOnePagePdfOfTheRequestedSize() {
  const QString path = dir_.filePath(QStringLiteral("heatmap.pdf"));
  QString error;
  QVERIFY2(exportPlot(view_->plot(), path, {600, 400, 1.0, 1.0, {}}, &error), qPrintable(error));
  keepForLooking(path);
  const QByteArray pdf = readAll(path);
  QVERIFY(pdf.startsWith("%PDF-"));
  QVERIFY(pdf.contains("%%EOF"));
  QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "), 1);
  QCOMPARE(pdfPageSize(pdf), QSizeF(600, 400));
  QVERIFY(pdf.size() > 2000);  // something was drawn
}

void FigureExportTest::widgetExportsToAllThreeFormats() {
  QString error;
  const QString png = dir_.filePath(QStringLiteral("window.png"));
  QVERIFY2(exportWidget(view_, png, {1000, 300, 1.0, 1.0, {}}, &error), qPrintable(error));
  keepForLooking(png);
  const QImage image(png);
  QCOMPARE(image.size(), QSize(1000, 300));
  expectNotBlank(image);
  // Fitted without distortion: a 500 × 300 widget in 1000 × 300 leaves white side bands.
  QCOMPARE(image.pixel(10, 150), qRgb(255, 255, 255));
  QCOMPARE(image.pixel(990, 150), qRgb(255, 255, 255));
  QVERIFY2(exportWidget(view_, dir_.filePath("window.svg"), {}, &error), qPrintable(error));
  QVERIFY(readAll(dir_.filePath("window.svg")).contains("<svg"));
  QVERIFY2(exportWidget(view_, dir_.filePath("window.pdf"), {}, &error), qPrintable(error));
  QCOMPARE(pdfPageSize(readAll(dir_.filePath("window.pdf"))), QSizeF(500, 300));
}

// zoom 2 at 800 × 600 is the 400 × 300 layout drawn twice as large: the same picture as a PNG of
// 400 × 300 at scale 2 (pixels per unit), and unlike the 800 × 600 layout.
void FigureExportTest::zoomDrawsTheSmallerLayoutLargerAtTheSameSize() {
  QString error;
  const QString zoomed = dir_.filePath(QStringLiteral("zoomed.png"));
  const QString scaled = dir_.filePath(QStringLiteral("scaled.png"));
  const QString plain = dir_.filePath(QStringLiteral("plain.png"));
  FigureSize zoom{800, 600, 1.0, 1.0, {}};
  zoom.zoom = 2.0;
  QVERIFY2(exportPlot(view_->plot(), zoomed, zoom, &error), qPrintable(error));
  QVERIFY2(exportPlot(view_->plot(), scaled, {400, 300, 2.0, 1.0, {}}, &error), qPrintable(error));
  QVERIFY2(exportPlot(view_->plot(), plain, {800, 600, 1.0, 1.0, {}}, &error), qPrintable(error));
  const QImage a(zoomed), b(scaled), c(plain);
  QCOMPARE(a.size(), QSize(800, 600));
  QCOMPARE(a, b);
  QVERIFY(a != c);
  expectNotBlank(a);
  keepForLooking(zoomed);
  // SVG and PDF keep their size too.
  QVERIFY2(exportPlot(view_->plot(), dir_.filePath("zoomed.pdf"), zoom, &error), qPrintable(error));
  QCOMPARE(pdfPageSize(readAll(dir_.filePath("zoomed.pdf"))), QSizeF(800, 600));
}

void FigureExportTest::badRequestsSayWhatIsWrong() {
  QString error;
  QVERIFY(!exportPlot(view_->plot(), dir_.filePath("figure.txt"), {}, &error));
  QVERIFY2(error.contains(QStringLiteral("allowed: .png, .svg, .pdf")), qPrintable(error));
  QVERIFY(!exportPlot(view_->plot(), dir_.filePath("f.png"), {5, 300, 1.0, 1.0, {}}, &error));
  QVERIFY2(error.contains(QStringLiteral("width = 5")) && error.contains(QStringLiteral("16 to")),
           qPrintable(error));
  QVERIFY(!exportPlot(view_->plot(), dir_.filePath("f.png"), {400, 300, 0.0, 1.0, {}}, &error));
  QVERIFY2(error.contains(QStringLiteral("scale = 0")), qPrintable(error));
  FigureSize tooFar{400, 300, 1.0, 1.0, {}};
  tooFar.zoom = 5.0;
  QVERIFY(!exportPlot(view_->plot(), dir_.filePath("f.png"), tooFar, &error));
  QVERIFY2(error.contains(QStringLiteral("zoom = 5")) && error.contains(QStringLiteral("0.5 to 4")),
           qPrintable(error));
  QVERIFY(!exportPlot(view_->plot(), dir_.filePath("f.png"), {10000, 10000, 2.0, 1.0, {}}, &error));
  QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(error));
  QVERIFY(!exportPlot(nullptr, dir_.filePath("f.png"), {}, &error));
  QVERIFY(!exportPlot(view_->plot(), QString(), {}, &error));
  const QString missing = dir_.filePath(QStringLiteral("no/such/folder/f.png"));
  QVERIFY(!exportPlot(view_->plot(), missing, {}, &error));
  QVERIFY2(error.startsWith(missing) && error.contains(QStringLiteral("cannot")),
           qPrintable(error));
  QVERIFY(!QFile::exists(dir_.filePath("f.png")));
}

void FigureExportTest::aFailedExportLeavesTheOldFileAlone() {
  const QString path = dir_.filePath(QStringLiteral("keep.png"));
  QVERIFY(exportPlot(view_->plot(), path, {300, 200, 1.0, 1.0, {}}));
  const QByteArray before = readAll(path);
  QString error;
  QVERIFY(!exportPlot(view_->plot(), path, {3, 200, 1.0, 1.0, {}}, &error));
  QCOMPARE(readAll(path), before);
  const QStringList leftovers = QDir(dir_.path()).entryList(QDir::Files | QDir::Hidden);
  for (const QString& f : leftovers)
    QVERIFY2(!f.contains(QStringLiteral("keep.png.")), qPrintable(f));
}

void FigureExportTest::anExportThatFailsMidWriteKeepsTheOldFile_data() {
  QTest::addColumn<QString>("name");
  QTest::newRow("png") << QStringLiteral("full.png");
  QTest::newRow("svg") << QStringLiteral("full.svg");
  QTest::newRow("pdf") << QStringLiteral("full.pdf");
}

// The file-size limit makes write() fail part-way (EFBIG), like a disk filling up, even for root;
// a buffered save could report success with a cut file here.
void FigureExportTest::anExportThatFailsMidWriteKeepsTheOldFile() {
  QFETCH(QString, name);
  QTemporaryDir dir;
  const QString path = dir.filePath(name);
  const QByteArray old = "the old figure must survive a failed export";
  {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(old), qint64(old.size()));
  }
  rlimit before{};
  QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
  rlimit small = before;
  small.rlim_cur = 1024;                       // every figure below is larger
  auto previous = ::signal(SIGXFSZ, SIG_IGN);  // else the kernel ends the process
  QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
  QString error;
  const bool exported = exportPlot(view_->plot(), path, {400, 300, 1.0, 1.0, {}}, &error);
  setrlimit(RLIMIT_FSIZE, &before);
  ::signal(SIGXFSZ, previous);
  QVERIFY(!exported);
  QVERIFY2(error.startsWith(path) && error.contains(QStringLiteral("cannot write")),
           qPrintable(error));
  QCOMPARE(readAll(path), old);
  QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
  QVERIFY2(exportPlot(view_->plot(), path, {400, 300, 1.0, 1.0, {}}, &error), qPrintable(error));
  QVERIFY(readAll(path).size() > 1024);  // the same export succeeds without the limit
}

QTEST_MAIN(FigureExportTest)
#include "figure_export_test.moc"
