// Opening lessons in the real window (offscreen): the largest lesson the loader accepts (every
// text at its limit, in both languages, with fractions, super- and subscripts, bullets and stacked
// accents) shows in under a second, and lessons over a limit are refused with a message instead
// of freezing the window (20,000 claims once took 12.6 s). Also: a lesson whose file name is not
// UTF-8 opens.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <cstdio>

#include "lesson.h"
#include "lesson_limits.h"
#include "main_window.h"
#include "native_path.h"

using namespace gs;

namespace {

// n characters of lesson-like text: words, a/b fractions, σ′, a⁽ˡ⁾, Vietnamese with two stacked
// marks, paragraphs, bullets, and the longest allowed word made of subscripts (the costliest to
// lay out).
std::string longWord() {
  std::string w;
  for (std::size_t i = 0; i < LessonLimits::kWordChars / 3; ++i) w += "x₁₂";
  return w + " ";
}

std::string worstText(std::size_t n, bool formula) {
  const std::vector<std::string> pieces =
      formula ? std::vector<std::string>{"dJ/dθ⁽ˡ⁾", " = ", "σ′(z₁₂)", " · ", "0.25ᵏ", "a/b", " "}
              : std::vector<std::string>{
                    "The gradient ", "shrinks ",          "σ′ ≤ 1/4 ",
                    "a⁽ˡ⁾ ",         "Vie\u0323\u0302t ", "x\u0301\u0302\u0323\u0300 ",
                    "\n\n",          "\n- bullet ",       "dJ/dθ ",
                    longWord()};
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; chars < n; ++i) {
    const std::string& p = pieces[i % pieces.size()];
    std::size_t c = 0;
    for (unsigned char b : p) c += (b & 0xC0) != 0x80;
    if (chars + c > n) break;
    out += p;
    chars += c;
  }
  while (chars < n) out += "x", ++chars;
  return out;
}

nlohmann::json worstLesson() {
  using L = LessonLimits;
  nlohmann::json j = {{"depth", 4}, {"width", 8}};
  j["title"] = worstText(L::kTitleChars, false);
  j["title_vi"] = worstText(L::kTitleChars, false);
  j["formula"] = worstText(L::kFormulaChars, true);
  j["text"] = worstText(L::kTextChars, false);
  j["text_vi"] = worstText(L::kTextChars, false);
  for (const char* key : {"claims", "claims_vi", "try", "try_vi"}) {
    j[key] = nlohmann::json::array();
    for (std::size_t i = 0; i < L::kListItems; ++i)
      j[key].push_back(worstText(L::kItemChars, false));
  }
  return j;
}

void writeJson(const QString& path, const nlohmann::json& j) {
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write(QByteArray::fromStdString(j.dump()));
}

}  // namespace

class LessonLimitsWindowTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QCoreApplication::setOrganizationName("GradScopeTest");
    QCoreApplication::setApplicationName("GradScopeTest");
  }

  void theLargestAcceptedLessonOpensInUnderASecond() {
    QTemporaryDir dir;
    const QString path = dir.filePath("worst.json");
    const nlohmann::json j = worstLesson();
    QVERIFY(lessonFromJson(j).claims.en().size() == LessonLimits::kListItems);  // accepted
    writeJson(path, j);
    MainWindow w;
    w.resize(1280, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // For comparison: a one-line lesson (the config change, the views' reset and repaint).
    writeJson(dir.filePath("tiny.json"),
              {{"title", "T"}, {"text", "x"}, {"formula", "f"}, {"depth", 4}, {"width", 8}});
    QElapsedTimer clock;
    clock.start();
    QString error;
    QVERIFY2(w.openFile(dir.filePath("tiny.json"), &error), qPrintable(error));
    QCoreApplication::processEvents();
    w.grab();
    std::printf("one-line lesson: opened and painted in %lld ms\n",
                static_cast<long long>(clock.elapsed()));
    clock.restart();
    QVERIFY2(w.openFile(path, &error), qPrintable(error));
    QCoreApplication::processEvents();  // layout and the queued repaints
    w.grab();                           // and one full paint of the window
    const qint64 ms = clock.elapsed();
    std::printf("worst accepted lesson (%zu bytes): opened and painted in %lld ms\n",
                j.dump().size(), static_cast<long long>(ms));
    QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
  }

  void lessonsOverALimitAreRefusedWithAMessage() {
    QTemporaryDir dir;
    nlohmann::json j = {{"title", "T"}, {"text", "x"}, {"formula", "f"}, {"claims", {}}};
    for (int i = 0; i < 20000; ++i) j["claims"].push_back("claim");
    writeJson(dir.filePath("many.json"), j);
    MainWindow w;
    QString error;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!w.openFile(dir.filePath("many.json"), &error));
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY2(error.contains("claims") && error.contains("at most 30"), qPrintable(error));
  }

  // lat\xe9.json: the window used to turn the byte into U+FFFD and then not find the file.
  void aLessonWhoseNameIsNotUtf8Opens() {
    QTemporaryDir dir;
    const QByteArray native = QFile::encodeName(dir.path()) + "/lat\xe9.json";
    const nlohmann::json j = {{"title", "Latin-1"}, {"text", "x"}, {"formula", "f"}, {"depth", 3}};
    FILE* f = std::fopen(native.constData(), "wb");
    QVERIFY(f);
    const std::string text = j.dump();
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
    MainWindow w;
    QString error;
    QVERIFY2(w.openFile(pathFromNative(native.toStdString()), &error), qPrintable(error));
    QCOMPARE(w.config().depth, 3);
    std::remove(native.constData());  // QTemporaryDir cannot name it
  }
};

QTEST_MAIN(LessonLimitsWindowTest)
#include "lesson_limits_window_test.moc"
