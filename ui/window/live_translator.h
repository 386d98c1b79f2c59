// Switching the window's language while it runs, without a restart (so the lesson and the run
// stay). One translator is installed for the whole application; it answers every tr() from the
// chosen language's catalogue (GradScope's own .qm, which also carries the Qt strings the app
// shows: file dialog, standard buttons) and remembers which source string each text it handed
// out came from. On a switch it walks every widget, action, menu and plot text, finds the texts it
// handed out and sets them again in the new language; texts built with arguments ("step %1") are
// rebuilt by their owners on the next refresh, and widgets that handle LanguageChange do so.
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QTranslator>
#include <memory>

class QCoreApplication;

namespace gs {

class LiveTranslator : public QTranslator {
  Q_OBJECT

 public:
  // The application's one instance, created and installed by installTranslations().
  static LiveTranslator* instance();
  static LiveTranslator* install(QCoreApplication& app, const QString& language);

  QString language() const { return language_; }
  // Loads the catalogue of `language` ("en" = the source strings) and re-translates every open
  // window. False (and nothing changed) when there is no catalogue for it.
  bool switchTo(const QString& language);

  QString translate(const char* context, const char* sourceText, const char* disambiguation,
                    int n) const override;
  bool isEmpty() const override { return false; }

  // The text in the current language for a text this translator handed out earlier (in any
  // language), or a null QString when it did not come from here.
  QString retranslated(const QString& shown) const;

 private:
  struct Key {
    QByteArray context, source, disambiguation;
    int n = -1;
  };
  explicit LiveTranslator(QObject* parent);
  bool load(const QString& language);
  void retranslateEverything();

  QString language_ = QStringLiteral("en");
  std::unique_ptr<QTranslator> catalogue_;
  std::unique_ptr<QTranslator> qtCatalogue_;  // qtbase_<lang>.qm when the system has it
  mutable QMutex mutex_;
  mutable QHash<QString, Key> handedOut_;
};

}  // namespace gs
