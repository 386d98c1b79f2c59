// Lets a window accept a dropped .json file (a lesson or a configuration): installed as an event
// filter, it accepts drags that carry exactly one local file and announces the drop. What the
// file holds is checked by whoever opens it.
#pragma once

#include <QObject>
#include <QString>

class QMimeData;

namespace gs {

class FileDrop : public QObject {
  Q_OBJECT

 public:
  // Makes target accept drops and watches its drag-and-drop events.
  explicit FileDrop(QWidget* target);

  // The one local file in a drag, or empty when it carries something else.
  static QString droppedFile(const QMimeData* mime);

 signals:
  void fileDropped(const QString& path);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
};

}  // namespace gs
