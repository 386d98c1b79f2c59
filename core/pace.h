// The pace of training in the window: steps per second, chosen from a few values a class can
// watch (1 step/s: every bar change is visible) up to 1000; 0 means as fast as the CPU allows.
// A lesson may set one ("pace": 10) so that its suggested steps take 15–60 s on screen.
#pragma once

#include <string>
#include <vector>

namespace gs {

constexpr double kPaceFastest = 0.0;

// The paces offered, slowest first (steps per second).
const std::vector<double>& paceChoices();

// "1, 2, 5, 10, 30, 100, 1000" — for messages naming what is allowed.
std::string paceChoicesText();

// True when pace is one of paceChoices().
bool isPaceChoice(double pace);

}  // namespace gs
