// The decision map of K > 2 classes as an image: each cell takes the colour of its most likely
// class, mixed with the background by how sure the network is (chance, 1/K: the background;
// certain: `strength` of the class colour). Row 0 of the image is the top of the map (yMax).
#pragma once

#include <QColor>
#include <QImage>
#include <QVector>

#include "prediction_sampler.h"

namespace gs {

// The tint of class k at probability p, for K classes (also for the legend and tests).
QColor classTint(const QColor& classColor, const QColor& background, double p, int classes,
                 double strength);

QImage classMapImage(const Prediction& p, const QVector<QColor>& classColors,
                     const QColor& background, double strength = 0.55);

}  // namespace gs
