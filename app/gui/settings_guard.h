// QSettings reads its file as soon as it is made: a settings file that is a FIFO (or a device)
// would block the window before it appears, even for --version. Checked before anything touches
// QSettings.
#pragma once

#include <QString>

namespace gs {

// The first settings file of this application (user or system scope) that exists but is not a
// regular file, or "" when there is none. Needs the organisation and application names set.
QString nonRegularSettingsFile();

// When nonRegularSettingsFile() finds one: points QSettings at a folder that cannot exist, so the
// settings start from the defaults and are not saved this time, and says so on stderr. Call it
// before the first QSettings (translations read the language from it).
void avoidNonRegularSettingsFile();

}  // namespace gs
