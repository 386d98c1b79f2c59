#include "file_actions.h"

#include <qcustomplot.h>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>

#include "activation_curve_view.h"
#include "classroom_docks.h"
#include "compare_view.h"
#include "compare_window.h"
#include "config_json.h"
#include "figure_size_dialog.h"
#include "file_stem.h"
#include "gradient_bars_view.h"
#include "gradient_heatmap_view.h"
#include "loss_curve_view.h"
#include "main_window.h"
#include "native_path.h"
#include "pre_activation_view.h"
#include "prediction_view.h"
#include "recent_files.h"
#include "run_caption.h"
#include "run_model.h"
#include "save_file.h"

namespace gs {
namespace {

constexpr const char* kFolderKey = "lastFolder";

QString lastFolder() { return QSettings().value(kFolderKey, QDir::homePath()).toString(); }
void rememberFolder(const QString& path) {
  QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
}

QString fileStem(const QString& title) { return asciiFileStem(title); }

// The file name as typed, with the extension of the chosen filter added when it has none.
QString withSuffix(const QString& path, const QString& selectedFilter) {
  if (!QFileInfo(path).suffix().isEmpty()) return path;
  const QRegularExpressionMatch m =
      QRegularExpression(QStringLiteral("\\*\\.(\\w+)")).match(selectedFilter);
  return m.hasMatch() ? path + '.' + m.captured(1) : path;
}

}  // namespace

FileActions::FileActions(MainWindow& window)
    : QObject(&window),
      window_(window),
      open_(new QAction(tr("&Open configuration…"), this)),
      save_(new QAction(tr("&Save configuration…"), this)),
      recentMenu_(new QMenu(tr("&Recent files"), &window)),
      recent_(new RecentFiles(recentMenu_, &window)),
      exportMenu_(new QMenu(tr("&Export"), &window)) {
  open_->setShortcut(QKeySequence::Open);
  connect(open_, &QAction::triggered, this, &FileActions::openConfig);
  save_->setShortcut(QKeySequence::Save);
  connect(save_, &QAction::triggered, this, &FileActions::saveConfig);
  connect(recent_, &RecentFiles::openRequested, this, [this](const QString& path) {
    QString error;
    if (!openConfigFrom(path, &error)) report(tr("Cannot open configuration"), error);
  });
  // Rebuilt each time it opens, so it lists what the window shows then.
  connect(exportMenu_, &QMenu::aboutToShow, this, &FileActions::fillExportMenu);
  fillExportMenu();
  connect(this, &FileActions::saved, &window, [&window](const QString& path) {
    window.statusBar()->showMessage(tr("Saved to %1").arg(QDir::toNativeSeparators(path)), 15000);
  });
}

QVector<ExportablePlot> FileActions::plots() const {
  const WindowParts& w = window_.parts();
  return {
      {tr("Gradient bars"), w.bars->plot()},
      {tr("Activation curve"), w.activation->plot()},
      {tr("Loss curve"), w.loss->plot()},
      {tr("Prediction"), w.prediction->plot()},
      {tr("Gradient-flow heatmap"), w.classroom->heatmap()->plot()},
      {tr("Pre-activation histogram"), w.classroom->preActivation()->plot()},
      {tr("Comparison"), w.compare->view()->plot()},
  };
}

void FileActions::fillExportMenu() {
  exportMenu_->clear();
  for (const ExportablePlot& p : plots()) {
    QCustomPlot* plot = p.plot;
    const QString title = p.title;
    exportMenu_->addAction(tr("%1…").arg(title), this,
                           [this, plot, title] { exportPlot(plot, title); });
  }
  exportMenu_->addAction(tr("Whole &window…"), this, &FileActions::exportWindow);
  exportMenu_->addSeparator();
  exportMenu_->addAction(tr("&History as CSV…"), this, &FileActions::exportHistory);
  exportMenu_->addAction(tr("&Configuration as JSON…"), this, &FileActions::saveConfig);
}

bool FileActions::saveConfigTo(const QString& path, QString* error) {
  // The same JSON a config file holds (gs::configFileText: drawn points embedded, one a line; a
  // CSV's path relative to the file's folder).
  const std::string text =
      configFileText(window_.config(), nativeFromPath(QFileInfo(path).absolutePath()));
  if (!saveFileAtomically(path, QByteArray::fromStdString(text), error)) return false;
  recent_->add(path);
  emit saved(path);
  return true;
}

// The window decides what the file is (a configuration, or a lesson where it knows lessons).
bool FileActions::openConfigFrom(const QString& path, QString* error) {
  if (!window_.openFile(path, error)) return false;
  recent_->add(path);
  return true;
}

bool FileActions::exportHistoryTo(const QString& path, QString* error) {
  const GradientHistory& history = window_.run().history();
  if (history.columns() == 0) {
    if (error)
      *error = tr("%1: there is no history to export yet; press Step or Play first.").arg(path);
    return false;
  }
  if (!saveFileAtomically(path, QByteArray::fromStdString(historyCsv(history)), error))
    return false;
  emit saved(path);
  return true;
}

bool FileActions::exportWindowTo(const QString& path, const FigureSize& size, QString* error) {
  if (!exportWidget(&window_, path, size, error)) return false;
  emit saved(path);
  return true;
}

bool FileActions::exportPlotTo(QCustomPlot* plot, const QString& path, const FigureSize& size,
                               QString* error) {
  if (!gs::exportPlot(plot, path, size, error)) return false;
  emit saved(path);
  return true;
}

QString FileActions::suggestedCaption() const {
  return runCaption(window_.config(), window_.run().shownStep());
}

void FileActions::report(const QString& title, const QString& error) {
  QMessageBox::critical(&window_, title, error);
}

QString FileActions::askSavePath(const QString& title, const QString& suggestedName,
                                 const QString& filters) {
  QString selected;
  const QString path = QFileDialog::getSaveFileName(
      &window_, title, QDir(lastFolder()).filePath(suggestedName), filters, &selected);
  if (path.isEmpty()) return {};
  rememberFolder(path);
  return withSuffix(path, selected);
}

bool FileActions::askFigureSize(const QString& path, const QSize& current, FigureSize* size,
                                bool caption) {
  FigureFormat format;
  if (!figureFormatFromPath(path, &format)) {
    report(tr("Cannot export"),
           tr("%1: unknown figure format; allowed: .png, .svg, .pdf").arg(path));
    return false;
  }
  FigureSize initial;
  initial.width = current.width();
  initial.height = current.height();
  initial.scale = format == FigureFormat::Png ? 2.0 : 1.0;
  initial.caption = caption ? suggestedCaption() : QString();
  FigureSizeDialog dialog(initial, format == FigureFormat::Png, &window_, caption);
  if (dialog.exec() != QDialog::Accepted) return false;
  *size = dialog.size();
  return true;
}

void FileActions::openConfig() {
  const QString path = QFileDialog::getOpenFileName(
      &window_, tr("Open configuration"), lastFolder(), tr("GradScope configuration (*.json)"));
  if (path.isEmpty()) return;
  rememberFolder(path);
  QString error;
  if (!openConfigFrom(path, &error)) report(tr("Cannot open configuration"), error);
}

void FileActions::saveConfig() {
  const QString path = askSavePath(tr("Save configuration"), QStringLiteral("gradscope.json"),
                                   tr("GradScope configuration (*.json)"));
  QString error;
  if (!path.isEmpty() && !saveConfigTo(path, &error))
    report(tr("Cannot save configuration"), error);
}

void FileActions::exportPlot(QCustomPlot* plot, const QString& title) {
  const QString path =
      askSavePath(tr("Export %1").arg(title), fileStem(title) + QStringLiteral(".png"),
                  tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
  FigureSize size;
  if (path.isEmpty() || !askFigureSize(path, plot->size(), &size, true)) return;
  QString error;
  if (!exportPlotTo(plot, path, size, &error)) report(tr("Cannot export the figure"), error);
}

void FileActions::exportWindow() {
  const QString path =
      askSavePath(tr("Export the window"), QStringLiteral("gradscope-window.png"),
                  tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
  FigureSize size;
  if (path.isEmpty() || !askFigureSize(path, window_.size(), &size)) return;
  QString error;
  if (!exportWindowTo(path, size, &error)) report(tr("Cannot export the window"), error);
}

void FileActions::exportHistory() {
  const QString path = askSavePath(tr("Export history"), QStringLiteral("gradscope-history.csv"),
                                   tr("CSV table (*.csv)"));
  QString error;
  if (!path.isEmpty() && !exportHistoryTo(path, &error))
    report(tr("Cannot export the history"), error);
}

}  // namespace gs
