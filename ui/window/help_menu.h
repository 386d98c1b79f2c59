// Help ▸ About GradScope (version, licence, the libraries and their versions) and
// Help ▸ Lessons (the built-in lessons, each a link that opens it, and how to open them).
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace gs {

class MainWindow;

// The translation context of the Help texts (lupdate sees HelpMenuText::tr).
struct HelpMenuText {
  Q_DECLARE_TR_FUNCTIONS(gs::HelpMenuText)
};

// Rich text shown by the About box.
QString aboutText();
// Rich text listing the lessons found in lessonsDir (titles in language, "en" or "vi") and how
// to open them; says so when none can be found.
QString lessonsHelpText(const QString& lessonsDir, const QString& language);

void showAboutDialog(QWidget* parent);
// The lessons are links: clicking one opens it in window (as the Lessons menu does).
void showLessonsHelp(MainWindow* window);

}  // namespace gs
