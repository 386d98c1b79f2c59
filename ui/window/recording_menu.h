// Training → Record… and the toolbar's record button on the main window (issue 12); the
// recording itself is gs::RecordController (ui/media).
#pragma once

namespace gs {

class MainWindow;
class RecordController;

// Adds the record action to the Training menu and toolbar; "stop after N steps" follows the
// steps the window shows. The controller is a child of the window.
RecordController* installRecording(MainWindow& window);

}  // namespace gs
