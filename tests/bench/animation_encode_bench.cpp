// Encoding 150 frames of the gradient bars at 800 × 500 (the target: ≤ 10 s on 2 cores,
// GIF ≤ 3 MB, MP4 ≤ 1 MB). The frames come from a real run (depth-10 sigmoid, a frame every 2 of
// 300 steps, drawn as `render --animate` draws them) and are made once; each iteration encodes
// all 150 to a file. CPU is the process's (every encoder thread); bytes is the file's size.
#include <benchmark/benchmark.h>

#include <QApplication>
#include <filesystem>
#include <vector>

#include "animation_writer.h"
#include "gradient_bars_view.h"
#include "plot_frame.h"
#include "trainer.h"

namespace {

constexpr int kFrames = 150, kWidth = 800, kHeight = 500, kFps = 15;

const std::vector<QImage>& frames() {
  static const std::vector<QImage> all = [] {
    std::vector<QImage> out;
    gs::Trainer trainer(gs::Config{});
    gs::GradientBarsView view;
    for (int step = 1; step <= 2 * kFrames; ++step) {
      const gs::Snapshot s = trainer.step();
      if (step % 2 != 0) continue;
      view.setSnapshot(s);
      QImage image = gs::media::plotFrame(view.plot(), kWidth, kHeight, 2.0);
      gs::media::stampStep(image, s.step, 2.0);
      out.push_back(image);
    }
    return out;
  }();
  return all;
}

void encode(benchmark::State& state, const char* name) {
  const std::string path = (std::filesystem::temp_directory_path() / name).string();
  const auto& all = frames();
  for (auto _ : state) {
    std::string error;
    auto writer = gs::media::openAnimationWriter({path, kWidth, kHeight, kFps}, error);
    for (const QImage& f : all)
      if (error.empty()) error = writer->addFrame(f);
    if (error.empty()) error = writer->finish();
    if (!error.empty()) state.SkipWithError(error.c_str());
  }
  std::error_code ec;
  const auto bytes =
      std::filesystem::is_directory(path, ec) ? 0 : std::filesystem::file_size(path, ec);
  state.counters["bytes"] = double(bytes);
  std::filesystem::remove_all(path, ec);
}

BENCHMARK_CAPTURE(encode, gif, "gradscope-bench.gif")
    ->Unit(benchmark::kSecond)
    ->MeasureProcessCPUTime()
    ->Iterations(3);
BENCHMARK_CAPTURE(encode, mp4, "gradscope-bench.mp4")
    ->Unit(benchmark::kSecond)
    ->MeasureProcessCPUTime()
    ->Iterations(3);
BENCHMARK_CAPTURE(encode, webm, "gradscope-bench.webm")
    ->Unit(benchmark::kSecond)
    ->MeasureProcessCPUTime()
    ->Iterations(3);
BENCHMARK_CAPTURE(encode, png_folder, "gradscope-bench-frames/")
    ->Unit(benchmark::kSecond)
    ->MeasureProcessCPUTime()
    ->Iterations(3);

}  // namespace

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  benchmark::Initialize(&argc, argv);
  frames();  // drawn before the clock starts
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
