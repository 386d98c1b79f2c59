#include "text_file_save.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <exception>

#include "config_json.h"

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

}  // namespace

bool saveTextFile(const QString& path, const QByteArray& bytes, QString* error) {
  if (path.isEmpty()) return fail(error, TextFileText::tr("No file name was given."));
  if (QFileInfo(path).isDir())
    return fail(error, TextFileText::tr("%1: this is a folder, not a file.").arg(path));
  QSaveFile file(path);
  // Unbuffered: a short write (disk full, file-size limit) shows up in write()'s count here;
  // buffered, Qt's flush can drop the rest of the data and still commit a cut file.
  if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
    return fail(
        error, TextFileText::tr("%1: cannot open for writing (%2).").arg(path, file.errorString()));
  if (file.write(bytes) != bytes.size()) {
    const QString reason = file.errorString();
    file.cancelWriting();
    return fail(error, TextFileText::tr("%1: cannot write the file (%2).").arg(path, reason));
  }
  if (!file.commit())
    return fail(error,
                TextFileText::tr("%1: cannot write the file (%2).").arg(path, file.errorString()));
  return true;
}

bool saveConfigJson(const QString& path, const Config& config, QString* error) {
  std::string text;
  try {
    text = configToJson(config).dump(2) + "\n";
  } catch (const std::exception& e) {
    return fail(error, TextFileText::tr("%1: cannot write the configuration (%2).")
                           .arg(path, QString::fromStdString(e.what())));
  }
  return saveTextFile(path, QByteArray::fromStdString(text), error);
}

}  // namespace gs
