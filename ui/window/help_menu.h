// Help ▸ About GradScope (version, licence, the libraries and their versions) and
// Help ▸ Lessons (the built-in lessons and how to open them).
#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace gs {

class MainWindow;

// Rich text shown by the About box.
QString aboutText();
// Rich text listing the lessons found in lessonsDir (titles in language, "en" or "vi") and how
// to open them; says so when none can be found.
QString lessonsHelpText(const QString& lessonsDir, const QString& language);

void showAboutDialog(QWidget* parent);
void showLessonsHelp(QWidget* parent);

// Adds the Help menu at the right end of the window's menu bar.
void installHelpMenu(MainWindow& window);

}  // namespace gs
