#include "framed_text_element.h"

namespace gs {
namespace {
constexpr int kPadX = 5, kPadY = 2;  // between the text and the frame
}  // namespace

FramedTextElement::FramedTextElement(QCustomPlot* plot) : QCPTextElement(plot) {
  // Room for the padding and the frame around the text (a 2-pixel frame at most).
  setMargins(QMargins(kPadX + 4, kPadY + 3, kPadX + 4, kPadY + 3));
}

void FramedTextElement::setFrame(const QPen& pen, const QBrush& brush) {
  pen_ = pen;
  brush_ = brush;
}

void FramedTextElement::draw(QCPPainter* painter) {
  painter->setFont(mainFont());
  const QRectF text = painter->boundingRect(QRectF(mRect), mTextFlags, mText);
  frame_ = text.adjusted(-kPadX, -kPadY, kPadX, kPadY);
  painter->setPen(pen_);
  painter->setBrush(brush_);
  painter->drawRect(frame_);
  QCPTextElement::draw(painter);
}

}  // namespace gs
