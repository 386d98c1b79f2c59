// The window stopped by SIGTERM, SIGINT or SIGHUP while it records (the real gradscope binary,
// offscreen, recording itself with --measure-stall … --record): it quits with 128 + the signal
// within a couple of seconds and leaves neither the recording nor its temporary (file or PNG
// folder). Before, SIGTERM killed it on the spot and "x.tmp-<pid>-0.gif" stayed behind.
#include <signal.h>

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class WindowStopTest : public QObject {
  Q_OBJECT

 private slots:
  void recordingLeavesNothing_data();
  void recordingLeavesNothing();
};

namespace {

QStringList entries(const QString& folder) {
  return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

bool anyTemporary(const QString& folder) {
  for (const QString& name : entries(folder))
    if (name.contains(QLatin1String(".tmp-"))) return true;
  return false;
}

}  // namespace

void WindowStopTest::recordingLeavesNothing_data() {
  QTest::addColumn<int>("signal");
  QTest::addColumn<QString>("out");
  QTest::newRow("SIGTERM gif") << int(SIGTERM) << "x.gif";
  QTest::newRow("SIGTERM mp4") << int(SIGTERM) << "x.mp4";
  QTest::newRow("SIGTERM png folder") << int(SIGTERM) << "frames/";
  QTest::newRow("SIGINT webm") << int(SIGINT) << "x.webm";
  QTest::newRow("SIGHUP gif") << int(SIGHUP) << "x.gif";
}

void WindowStopTest::recordingLeavesNothing() {
  QFETCH(int, signal);
  QFETCH(QString, out);
  QTemporaryDir work, config;
  QVERIFY(work.isValid() && config.isValid());
  QProcess window;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert("QT_QPA_PLATFORM", "offscreen");
  env.insert("XDG_CONFIG_HOME", config.path());  // the user's settings stay untouched
  window.setProcessEnvironment(env);
  window.setWorkingDirectory(work.path());
  window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
  window.start(GRADSCOPE_GUI_EXE, {"--measure-stall", "60", "--size", "640x400", "--record", out});
  QVERIFY(window.waitForStarted());
  // Recording: the encoder's temporary is there.
  QElapsedTimer clock;
  clock.start();
  while (!anyTemporary(work.path()) && clock.elapsed() < 60000) QTest::qWait(20);
  QVERIFY2(anyTemporary(work.path()), "the recording never started");
  QTest::qWait(500);  // a few frames in it
  ::kill(pid_t(window.processId()), signal);
  clock.restart();
  QVERIFY2(window.waitForFinished(10000), "still running 10 s after the signal");
  const qint64 ms = clock.elapsed();
  QCOMPARE(window.exitStatus(), QProcess::NormalExit);  // not killed by the signal
  QCOMPARE(window.exitCode(), 128 + signal);
  QVERIFY2(ms < 2500, qPrintable(QString("stopping took %1 ms").arg(ms)));
  QCOMPARE(entries(work.path()), QStringList());
}

QTEST_GUILESS_MAIN(WindowStopTest)
#include "window_stop_test.moc"
