// Command line of the `gradscope` window.
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace gs {

struct GuiOptions {
  QString configFile;         // positional FILE.json
  QString screenshot;         // --screenshot FILE.png: train --steps, save a grab, quit
  long steps = 500;           // --steps N
  QSize size{1280, 800};      // --size WxH (window size for --screenshot / --measure-stall)
  double measureSeconds = 0;  // --measure-stall SECONDS
  double pace = 0;            // --pace STEPS/S for --measure-stall; 0 = as fast as possible
  QString record;             // --record FILE.gif|mp4|webm|DIR/ (with --measure-stall)
  QString error;              // non-empty: what is wrong with the command line
  bool exitNow = false;       // --help / --version printed
};

GuiOptions parseGuiOptions(const QStringList& arguments);

}  // namespace gs
