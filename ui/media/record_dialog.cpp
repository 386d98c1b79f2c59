#include "record_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include "animation_writer.h"

namespace gs {
namespace {

QSpinBox* spin(int lo, int hi, int value, int step, QWidget* parent) {
  auto* box = new QSpinBox(parent);
  box->setRange(lo, hi);
  box->setSingleStep(step);
  box->setValue(value);
  return box;
}

int even(int v) { return v - v % 2; }

}  // namespace

RecordDialog::RecordDialog(const QList<Source>& sources, const media::RecordSettings& last,
                           QWidget* parent)
    : QDialog(parent), sources_(sources) {
  setWindowTitle(tr("Record"));
  const media::AnimationLimits l;
  source_ = new QComboBox(this);
  for (const Source& s : sources_) source_->addItem(s.first);
  path_ =
      new QLineEdit(last.path.isEmpty() ? QDir::home().filePath("gradscope.gif") : last.path, this);
  auto* browse = new QPushButton(tr("Browse…"), this);
  auto* pathRow = new QHBoxLayout;
  pathRow->addWidget(path_, 1);
  pathRow->addWidget(browse);
  fps_ = spin(l.kFpsMin, l.kFpsMax, last.fps, 1, this);
  width_ = spin(l.kSideMin, l.kSideMax, last.width, 2, this);
  height_ = spin(l.kSideMin, l.kSideMax, last.height, 2, this);
  auto* sizeRow = new QHBoxLayout;
  sizeRow->addWidget(width_);
  sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
  sizeRow->addWidget(height_);
  sizeRow->addStretch();
  stopAfter_ = new QCheckBox(tr("Stop after"), this);
  stopAfter_->setChecked(last.stopAfterSteps > 0);
  steps_ = spin(1, 10'000'000, last.stopAfterSteps > 0 ? int(last.stopAfterSteps) : 300, 100, this);
  steps_->setSuffix(tr(" steps"));
  steps_->setEnabled(stopAfter_->isChecked());
  auto* stopRow = new QHBoxLayout;
  stopRow->addWidget(stopAfter_);
  stopRow->addWidget(steps_);
  stopRow->addStretch();
  error_ = new QLabel(this);
  error_->setStyleSheet(QStringLiteral("color: #b00020"));
  error_->setWordWrap(true);
  error_->hide();
  auto* hint = new QLabel(tr("The extension picks the format: .gif, .mp4 (H.264) or .webm (VP9); "
                             "a folder ending in / gets numbered PNGs for beamer."),
                          this);
  hint->setWordWrap(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
  auto* form = new QFormLayout(this);
  form->addRow(tr("Record:"), source_);
  form->addRow(tr("File:"), pathRow);
  form->addRow(QString(), hint);
  form->addRow(tr("Frames per second:"), fps_);
  form->addRow(tr("Size (pixels):"), sizeRow);
  form->addRow(QString(), stopRow);
  form->addRow(error_);
  form->addRow(buttons);
  connect(browse, &QPushButton::clicked, this, &RecordDialog::browse);
  connect(stopAfter_, &QCheckBox::toggled, steps_, &QWidget::setEnabled);
  connect(source_, &QComboBox::currentIndexChanged, this, &RecordDialog::sourceChanged);
  connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  for (int i = 0; i < sources_.size(); ++i)
    if (sources_[i].second == last.source) source_->setCurrentIndex(i);
  if (last.path.isEmpty()) sourceChanged();  // first time: the window's own size
}

void RecordDialog::sourceChanged() {
  // The chosen widget's own size (even, at most 1920 wide): frames need no scaling.
  const QWidget* w = sources_.value(source_->currentIndex()).second;
  if (!w) return;
  const double k = std::min(1.0, 1920.0 / std::max(1, w->width()));
  width_->setValue(even(qRound(w->width() * k)));
  height_->setValue(even(qRound(w->height() * k)));
}

void RecordDialog::browse() {
  const QString chosen = QFileDialog::getSaveFileName(
      this, tr("Record to"), path_->text(),
      tr("Animated GIF (*.gif);;MP4 video (*.mp4);;WebM video (*.webm)"));
  if (!chosen.isEmpty()) path_->setText(chosen);
}

media::RecordSettings RecordDialog::settings() const {
  media::RecordSettings s;
  s.source = sources_.value(source_->currentIndex()).second;
  s.path = path_->text().trimmed();
  s.fps = fps_->value();
  s.width = width_->value();
  s.height = height_->value();
  s.stopAfterSteps = stopAfter_->isChecked() ? steps_->value() : 0;
  return s;
}

void RecordDialog::accept() {
  const media::RecordSettings s = settings();
  const media::AnimationSpec spec{s.path.toStdString(), s.width, s.height, s.fps};
  std::string error = media::animationSpecError(spec);
  if (error.empty()) error = media::animationPathError(spec.path);
  if (error.empty()) return QDialog::accept();
  error_->setText(QString::fromStdString(error));
  error_->show();
}

}  // namespace gs
