// Trains one config for a few steps and prints steps per second, peak memory and how it ended:
//   extremes_probe '{"depth": 200, "width": 512, "batch": 20}' 5
// For the table of extremes in the hardening report; /usr/bin/time -v gives the same peak RSS.
#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <iostream>

#include "config_json.h"
#include "trainer.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: extremes_probe CONFIG_JSON STEPS (STEPS: 1 to 100000)\n";
    return 2;
  }
  const long steps = std::strtol(argv[2], nullptr, 10);
  if (steps < 1 || steps > 100000) {
    std::cerr << "extremes_probe: STEPS = " << argv[2] << " is not allowed; allowed: 1 to 100000\n";
    return 2;
  }
  try {
    const gs::Config config = gs::configFromJson(nlohmann::json::parse(argv[1]));
    using Clock = std::chrono::steady_clock;
    const auto t0 = Clock::now();
    gs::Trainer trainer(config);
    const auto t1 = Clock::now();
    long done = 0;
    gs::Snapshot last;
    while (done < steps) {
      last = trainer.step();
      ++done;
      if (!last.finite) break;
    }
    const double secs = std::chrono::duration<double>(Clock::now() - t1).count();
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    std::cout << "setup " << std::chrono::duration<double>(t1 - t0).count() << " s, " << done
              << " steps in " << secs << " s = " << done / secs << " steps/s, peak RSS "
              << u.ru_maxrss / 1024 << " MB, loss " << last.loss << ", "
              << (last.finite ? "finite" : "stopped: " + last.problem) << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "extremes_probe: " << e.what() << "\n";
    return 2;
  }
}
