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

#include "activation_curve_view.h"
#include "compare_view.h"
#include "config_json.h"
#include "figure_size_dialog.h"
#include "gradient_bars_view.h"
#include "gradient_heatmap_view.h"
#include "history_recorder.h"
#include "loss_curve_view.h"
#include "main_window.h"
#include "pre_activation_view.h"
#include "prediction_view.h"
#include "recent_files.h"
#include "save_file.h"
#include "training_worker.h"

namespace gs {
namespace {

constexpr const char* kFolderKey = "lastFolder";

QString lastFolder() { return QSettings().value(kFolderKey, QDir::homePath()).toString(); }
void rememberFolder(const QString& path) {
  QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
}

// "Gradient bars" → "gradient-bars"
QString fileStem(const QString& title) {
  QString stem = title.toLower();
  stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
  return stem.isEmpty() ? QStringLiteral("figure") : stem;
}

// The file name as typed, with the extension of the chosen filter added when it has none.
QString withSuffix(const QString& path, const QString& selectedFilter) {
  if (!QFileInfo(path).suffix().isEmpty()) return path;
  const QRegularExpressionMatch m =
      QRegularExpression(QStringLiteral("\\*\\.(\\w+)")).match(selectedFilter);
  return m.hasMatch() ? path + '.' + m.captured(1) : path;
}

template <typename View>
void addClassroomPlots(const MainWindow& window, const QString& title,
                       QVector<ExportablePlot>* out) {
  const auto views = window.findChildren<View*>();
  for (View* view : views)
    if (view->plot()) out->push_back({title, view->plot()});
}

}  // namespace

FileActions::FileActions(MainWindow& window)
    : QObject(&window), window_(window), recorder_(new HistoryRecorder(this)) {
  setObjectName("fileActions");
  connect(&window, &MainWindow::snapshotShown, recorder_, &HistoryRecorder::record);
  // Queued: the worker lives on its own thread.
  connect(window.worker(), &TrainingWorker::historyReady, recorder_, &HistoryRecorder::setHistory);
  buildMenus();
}

QVector<ExportablePlot> FileActions::plots() const {
  QVector<ExportablePlot> out = {
      {tr("Gradient bars"), window_.barsView()->plot()},
      {tr("Activation curve"), window_.activationView()->plot()},
      {tr("Loss curve"), window_.lossView()->plot()},
      {tr("Prediction"), window_.predictionView()->plot()},
  };
  addClassroomPlots<GradientHeatmapView>(window_, tr("Gradient-flow heatmap"), &out);
  addClassroomPlots<PreActivationView>(window_, tr("Pre-activation histogram"), &out);
  addClassroomPlots<CompareView>(window_, tr("Comparison"), &out);
  return out;
}

void FileActions::buildMenus() {
  QMenu* file = window_.fileMenu();
  rewireOpenAction();
  // Everything goes before the separator that precedes Quit (or at the end).
  QAction* before = nullptr;
  const QList<QAction*> actions = file->actions();
  for (QAction* a : actions)
    if (a->isSeparator()) before = a;

  auto* save = new QAction(tr("&Save configuration…"), file);
  save->setObjectName("saveConfigAction");
  save->setShortcut(QKeySequence::Save);
  connect(save, &QAction::triggered, this, &FileActions::saveConfig);
  file->insertAction(before, save);

  auto* recentMenu = new QMenu(tr("&Recent files"), file);
  recentMenu->setObjectName("recentMenu");
  recent_ = new RecentFiles(recentMenu, &window_);
  connect(recent_, &RecentFiles::openRequested, this, [this](const QString& path) {
    QString error;
    if (!openConfigFrom(path, &error)) report(tr("Cannot open configuration"), error);
  });
  file->insertMenu(before, recentMenu);

  exportMenu_ = new QMenu(tr("&Export"), file);
  exportMenu_->setObjectName("exportMenu");
  // Rebuilt each time it opens: classroom views may have been added since.
  connect(exportMenu_, &QMenu::aboutToShow, this, &FileActions::fillExportMenu);
  fillExportMenu();
  file->insertMenu(before, exportMenu_);
  if (before) file->insertSeparator(before);
}

// The window's own Open entry opens the file itself; route it here so it joins the recent files.
void FileActions::rewireOpenAction() {
  QMenu* file = window_.fileMenu();
  QAction* open = nullptr;
  const QList<QAction*> actions = file->actions();
  for (QAction* a : actions)
    if (a->shortcut() == QKeySequence(QKeySequence::Open)) open = a;
  if (open) {
    disconnect(open, &QAction::triggered, nullptr, nullptr);
  } else {
    open = new QAction(tr("&Open configuration…"), file);
    open->setShortcut(QKeySequence::Open);
    file->insertAction(actions.value(0), open);
  }
  open->setObjectName("openConfigAction");
  connect(open, &QAction::triggered, this, &FileActions::openConfig);
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
  // The same JSON a config file holds (gs::configToJson).
  const std::string text = configToJson(window_.config()).dump(2) + "\n";
  if (!saveFileAtomically(path, QByteArray::fromStdString(text), error)) return false;
  recent_->add(path);
  return true;
}

// The window decides what the file is (a configuration, or a lesson where it knows lessons).
bool FileActions::openConfigFrom(const QString& path, QString* error) {
  if (!window_.loadConfig(path, error)) return false;
  recent_->add(path);
  return true;
}

bool FileActions::exportHistoryTo(const QString& path, QString* error) const {
  if (recorder_->history().columns() == 0) {
    if (error)
      *error = tr("%1: there is no history to export yet; press Step or Play first.").arg(path);
    return false;
  }
  return saveFileAtomically(path, QByteArray::fromStdString(historyCsv(recorder_->history())),
                            error);
}

bool FileActions::exportWindowTo(const QString& path, const FigureSize& size,
                                 QString* error) const {
  return exportWidget(&window_, path, size, error);
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

bool FileActions::askFigureSize(const QString& path, const QSize& current, FigureSize* size) {
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
  FigureSizeDialog dialog(initial, format == FigureFormat::Png, &window_);
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
  if (path.isEmpty() || !askFigureSize(path, plot->size(), &size)) return;
  QString error;
  if (!gs::exportPlot(plot, path, size, &error)) report(tr("Cannot export the figure"), error);
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

FileActions* installFileActions(MainWindow& window) { return new FileActions(window); }

}  // namespace gs
