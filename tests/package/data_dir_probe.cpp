// Prints where this executable finds GradScope's data and how many lessons load from there. The
// package test copies it into the unpacked .deb's usr/bin, next to gradscope-cli, so it resolves
// the data folder exactly as the installed programs do (core/data_paths.h).
#include <iostream>

#include "data_paths.h"
#include "lesson.h"

int main() {
  const gs::LessonSet set = gs::loadLessonDirectory(gs::lessonsDir());
  std::cout << "data: " << gs::dataDir() << "\nlessons: " << set.lessons.size()
            << "\nerrors: " << set.errors.size() << "\ntranslations: " << gs::translationsDir()
            << "\n";
  for (const std::string& e : set.errors) std::cout << "  " << e << "\n";
  return set.errors.empty() && !set.lessons.empty() ? 0 : 1;
}
