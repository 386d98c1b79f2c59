#include "save_file.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstring>

namespace gs {

// The translation context of the texts below (lupdate sees TextFileText::tr).
struct TextFileText {
  Q_DECLARE_TR_FUNCTIONS(gs::TextFileText)
};

namespace {

bool fail(QString* error, const QString& message) {
  if (error) *error = message;
  return false;
}

// QSaveFile says "Unknown error" for some failures (a failed flush or rename); errno still knows.
QString reasonOf(const QSaveFile& file, int savedErrno) {
  const QString said = file.errorString();
  if (!said.isEmpty() && said != QLatin1String("Unknown error")) return said;
  return savedErrno != 0 ? QString::fromLocal8Bit(std::strerror(savedErrno)) : said;
}

}  // namespace

bool saveFileAtomically(const QString& path, const QByteArray& bytes, QString* error) {
  if (path.isEmpty()) return fail(error, TextFileText::tr("No file name was given."));
  const QFileInfo info(path);
  if (info.isDir())
    return fail(error, TextFileText::tr("%1: this is a folder, not a file.").arg(path));
  if (info.exists() && !info.isFile())
    return fail(error, TextFileText::tr("%1: not a regular file (a FIFO, socket or device); "
                                        "allowed: a regular file or a new name.")
                           .arg(path));
  if (info.exists() && !info.isWritable())
    return fail(error,
                TextFileText::tr("%1: the file is read-only; allowed: a writable file or a new name.")
                    .arg(path));
  QSaveFile file(path);
  // Unbuffered: a short write (disk full, file-size limit) shows up in write()'s count here;
  // buffered, Qt's flush can drop the rest of the data and still commit a cut file.
  if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
    return fail(error, TextFileText::tr("%1: cannot open for writing (%2).")
                           .arg(path, reasonOf(file, errno)));
  errno = 0;
  if (file.write(bytes) != bytes.size()) {
    const QString reason = reasonOf(file, errno);
    file.cancelWriting();
    return fail(error, TextFileText::tr("%1: cannot write the file (%2).").arg(path, reason));
  }
  errno = 0;
  if (!file.commit())
    return fail(error,
                TextFileText::tr("%1: cannot write the file (%2).").arg(path, reasonOf(file, errno)));
  return true;
}

}  // namespace gs
