// The window's one way to write a file (figures, configs, CSV, screenshots), the same policy as
// core's gs::AtomicFile: QSaveFile writes a temporary next to the target and renames it only when
// every byte was written, so a full disk or `ulimit -f` never leaves a cut file; a target that a
// rename would destroy (a FIFO, socket or device) or a read-only file is refused.
#pragma once

#include <QByteArray>
#include <QString>

namespace gs {

// True on success; on failure false and *error (when given) names the file and the real reason.
bool saveFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

}  // namespace gs
