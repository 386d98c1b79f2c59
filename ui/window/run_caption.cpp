#include "run_caption.h"

#include <QCoreApplication>

#include "activation.h"
#include "kind_names.h"

namespace gs {

struct RunCaptionText {
  Q_DECLARE_TR_FUNCTIONS(gs::RunCaptionText)
};

QString runCaption(const Config& c, long step) {
  return RunCaptionText::tr("%1, %2 × %3, %4, %5 lr %6 — step %7")
      .arg(activationName(c.hiddenActivation().kind()))
      .arg(c.depth)
      .arg(c.width)
      .arg(initName(c.init), optimizerName(c.optimizer.kind))
      .arg(c.optimizer.lr, 0, 'g', 3)
      .arg(step);
}

}  // namespace gs
