// The window recorder: a widget grabbed at the chosen rate while it changes, encoded off the GUI
// thread; the file holds every captured frame at the chosen size; stop after N steps; cancel keeps
// nothing; a bad setting is refused before anything starts.
#include "recorder.h"

#include <QLabel>
#include <QSignalSpy>
#include <QtTest>
#include <filesystem>

#include "decode_animation.h"

using gs::media::Recorder;
using gs::media::RecordSettings;

namespace {

std::vector<std::string> entries(const QString& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir.toStdString()))
    out.push_back(e.path().filename().string());
  return out;
}

}  // namespace

class RecorderTest : public QObject {
  Q_OBJECT

 private slots:
  void gifHoldsEveryCapturedFrame();
  void mp4StopsAfterNSteps();
  void cancelKeepsNothing();
  void badSettingsAreRefused();
};

void RecorderTest::gifHoldsEveryCapturedFrame() {
  QTemporaryDir dir;
  QLabel label("step 0");
  label.resize(300, 150);
  label.show();
  Recorder recorder;
  QSignalSpy done(&recorder, &Recorder::finished);
  RecordSettings s;
  s.source = &label;
  s.path = dir.filePath("label.gif");
  s.width = 200, s.height = 100, s.fps = 20;
  QCOMPARE(recorder.start(s), QString());
  QVERIFY(recorder.isRecording());
  for (int i = 1; i <= 10; ++i) {
    label.setText(QString("step %1").arg(i * 100));
    QTest::qWait(30);
  }
  recorder.stop();
  QVERIFY(!recorder.isRecording());
  QVERIFY(done.wait(10000));
  QCOMPARE(done.at(0).at(1).toString(), QString());
  const int captured = recorder.framesCaptured();
  QVERIFY(captured >= 3);
  const auto gif = gs::testing::decodeGif(s.path.toStdString());
  QCOMPARE(gif.frames, captured);
  QCOMPARE(gif.width, 200);
  QCOMPARE(gif.height, 100);
  QVERIFY(gif.composites.front() != gif.composites.back());  // the text changed
  QCOMPARE(entries(dir.path()), std::vector<std::string>{"label.gif"});
}

void RecorderTest::mp4StopsAfterNSteps() {
  QTemporaryDir dir;
  QLabel label("x");
  label.resize(160, 120);
  Recorder recorder;
  QSignalSpy done(&recorder, &Recorder::finished);
  RecordSettings s;
  s.source = &label;
  s.path = dir.filePath("steps.mp4");
  s.width = 160, s.height = 120, s.fps = 25, s.stopAfterSteps = 50;
  QCOMPARE(recorder.start(s), QString());
  recorder.observeStep(100);
  QTest::qWait(60);
  recorder.observeStep(149);
  QVERIFY(recorder.isRecording());
  recorder.observeStep(150);  // 50 steps after the first seen
  QVERIFY(!recorder.isRecording());
  QVERIFY(done.wait(10000));
  const auto video = gs::testing::decodeVideo(s.path.toStdString());
  QCOMPARE(QString::fromStdString(video.error), QString());
  QCOMPARE(video.frames, recorder.framesCaptured());
  QCOMPARE(video.width, 160);
}

void RecorderTest::cancelKeepsNothing() {
  QTemporaryDir dir;
  QLabel label("x");
  label.resize(160, 120);
  for (const char* name : {"c.gif", "c.webm", "frames/"}) {
    Recorder recorder;
    QSignalSpy done(&recorder, &Recorder::finished);
    RecordSettings s;
    s.source = &label;
    s.path = dir.filePath(name);
    s.fps = 30;
    QCOMPARE(recorder.start(s), QString());
    QTest::qWait(80);
    recorder.cancel();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.at(0).at(2).toBool(), true);
    QVERIFY2(entries(dir.path()).empty(), name);
  }
}

void RecorderTest::badSettingsAreRefused() {
  QTemporaryDir dir;
  QLabel label("x");
  Recorder recorder;
  RecordSettings s;
  s.source = &label;
  s.path = dir.filePath("a.gif");
  s.fps = 0;
  QVERIFY(recorder.start(s).startsWith("fps 0: out of range"));
  s.fps = 10;
  s.path = dir.filePath("a.mov");
  QVERIFY(recorder.start(s).contains("unknown file type"));
  s.path = dir.filePath("no/such/a.gif");
  QVERIFY(recorder.start(s).contains("does not exist"));
  QVERIFY(!recorder.isBusy());
  QVERIFY(entries(dir.path()).empty());
}

QTEST_MAIN(RecorderTest)
#include "recorder_test.moc"
