#include "help_menu.h"

#include <qcustomplot.h>

#include <Eigen/Core>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <functional>
#include <nlohmann/json.hpp>

#include "data_paths.h"
#include "lesson.h"
#include "lesson_menu.h"
#include "main_window.h"
#include "translator_setup.h"
#include "version.h"

#if defined(EIGEN_USE_BLAS) && __has_include(<openblas_config.h>)
#include <openblas_config.h>
#endif

namespace gs {

namespace {

QString blasLine() {
#if defined(EIGEN_USE_BLAS) && defined(OPENBLAS_VERSION)
  return QString::fromLatin1(OPENBLAS_VERSION).trimmed().toHtmlEscaped();
#elif defined(EIGEN_USE_BLAS)
  return HelpMenuText::tr("a BLAS library");
#else
  return HelpMenuText::tr("not used (Eigen's own matrix products)");
#endif
}

QString libraryRows() {
  const auto row = [](const QString& name, const QString& version) {
    return QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(name, version);
  };
  return row(QStringLiteral("Qt"),
             HelpMenuText::tr("%1 (built with %2)").arg(qVersion(), QT_VERSION_STR)) +
         row(QStringLiteral("QCustomPlot"), QStringLiteral(QCUSTOMPLOT_VERSION_STR)) +
         row(QStringLiteral("Eigen"), QStringLiteral("%1.%2.%3")
                                          .arg(EIGEN_WORLD_VERSION)
                                          .arg(EIGEN_MAJOR_VERSION)
                                          .arg(EIGEN_MINOR_VERSION)) +
         row(QStringLiteral("nlohmann/json"), QStringLiteral("%1.%2.%3")
                                                  .arg(NLOHMANN_JSON_VERSION_MAJOR)
                                                  .arg(NLOHMANN_JSON_VERSION_MINOR)
                                                  .arg(NLOHMANN_JSON_VERSION_PATCH)) +
         row(QStringLiteral("BLAS"), blasLine());
}

// Links "lesson:ID" call openLesson(ID) and close the dialog; other links open in a browser.
void showRichText(QWidget* parent, const QString& title, const QString& html,
                  const std::function<void(const QString&)>& openLesson = {}) {
  QDialog dialog(parent);
  dialog.setWindowTitle(title);
  auto* text = new QTextBrowser(&dialog);
  text->setOpenExternalLinks(false);
  text->setOpenLinks(false);
  QObject::connect(text, &QTextBrowser::anchorClicked, &dialog, [&](const QUrl& url) {
    if (url.scheme() == QLatin1String("lesson") && openLesson) {
      openLesson(url.path());
      dialog.accept();
    } else {
      QDesktopServices::openUrl(url);
    }
  });
  text->setHtml(html);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
  QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  auto* layout = new QVBoxLayout(&dialog);
  layout->addWidget(text);
  layout->addWidget(buttons);
  dialog.resize(620, 520);
  dialog.exec();
}

}  // namespace

QString aboutText() {
  return HelpMenuText::tr(
             "<h2>GradScope %1</h2>"
             "<p>See the vanishing gradient, layer by layer: a small neural network trains live "
             "while every layer's gradient is drawn on a log scale.</p>"
             "<p>Licence: GNU GPL 3.0 or later (QCustomPlot, which it uses, is GPL-3). Free to "
             "use, change and share, also in class and in lecture "
             "notes.</p>")
             .arg(QString::fromLatin1(kVersion)) +
         HelpMenuText::tr("<p><b>Built with</b></p>") +
         QStringLiteral("<table cellspacing=\"4\">") + libraryRows() + QStringLiteral("</table>");
}

QString lessonsHelpText(const QString& lessonsDir, const QString& language) {
  QString html = HelpMenuText::tr(
      "<h2>Lessons</h2>"
      "<p>Each lesson sets up a network, shows its explanation next to the plots "
      "and lists what the class should see. Open one from the <b>Lessons</b> menu, "
      "drop its file on the window, or start <code>gradscope FILE.json</code>. "
      "Then press <b>Play</b> (Space) or <b>Step</b> (S).</p>");
  const LessonSet set = loadLessonDirectory(lessonsDir.toStdString());
  if (set.lessons.empty()) {
    html += HelpMenuText::tr("<p>No lessons were found in %1.</p>")
                .arg(lessonsDir.isEmpty() ? HelpMenuText::tr("the data folder")
                                          : lessonsDir.toHtmlEscaped());
    return html;
  }
  html += QStringLiteral("<ol>");
  for (const Lesson& l : set.lessons)
    html +=
        QStringLiteral("<li><a href=\"lesson:%2\">%1</a> <small>(%2.json)</small></li>")
            .arg(QString::fromStdString(l.title.text(language.toStdString())).toHtmlEscaped(),
                 QString::fromStdString(l.id).toHtmlEscaped());
  html += QStringLiteral("</ol>");
  html += HelpMenuText::tr("<p>The lesson files are in %1.</p>").arg(lessonsDir.toHtmlEscaped());
  return html;
}

void showAboutDialog(QWidget* parent) {
  showRichText(parent, HelpMenuText::tr("About GradScope"), aboutText());
}

void showLessonsHelp(MainWindow* window) {
  showRichText(window, HelpMenuText::tr("Lessons"),
               lessonsHelpText(QString::fromStdString(lessonsDir()), window->language()),
               [window](const QString& id) {
                 if (QAction* a = window->parts().lessons->lessonAction(id)) a->trigger();
               });
}

}  // namespace gs
