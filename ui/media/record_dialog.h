// Training → Record…: what to record (the whole window or one plot), where (the extension picks
// GIF, MP4 or WebM; a folder ending in / gets numbered PNGs), frame rate, size, and whether to stop
// after N steps. Bad settings are reported inside the dialog, which stays open.
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QPointer>

#include "recorder.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gs {

class RecordDialog : public QDialog {
  Q_OBJECT

 public:
  using Source = QPair<QString, QPointer<QWidget>>;  // shown name, widget
  // sources: the whole window first, then the plots.
  RecordDialog(const QList<Source>& sources, const media::RecordSettings& last, QWidget* parent);

  media::RecordSettings settings() const;

 private:
  void browse();
  void sourceChanged();
  void accept() override;

  QList<Source> sources_;
  QComboBox* source_;
  QLineEdit* path_;
  QSpinBox *fps_, *width_, *height_, *steps_;
  QCheckBox* stopAfter_;
  QLabel* error_;
};

}  // namespace gs
