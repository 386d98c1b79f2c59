#include "formula_html.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace gs {
namespace {

const QHash<QChar, QChar>& superscripts() {
  static const QHash<QChar, QChar> map = [] {
    QHash<QChar, QChar> m;
    const QString from = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱˡᴸᵏᵀʲᵗ");
    const QString to = QStringLiteral("0123456789+−=()nilLkTjt");
    for (int i = 0; i < from.size(); ++i) m.insert(from[i], to[i]);
    return m;
  }();
  return map;
}

const QHash<QChar, QChar>& subscripts() {
  static const QHash<QChar, QChar> map = [] {
    QHash<QChar, QChar> m;
    const QString from = QStringLiteral("₀₁₂₃₄₅₆₇₈₉₊₋₍₎ᵢₙₒᵤₜₗₖₛₐₑₓ");
    const QString to = QStringLiteral("0123456789+−()inoutlksaex");
    for (int i = 0; i < from.size(); ++i) m.insert(from[i], to[i]);
    return m;
  }();
  return map;
}

QString escaped(QChar c) {
  if (c == '&') return QStringLiteral("&amp;");
  if (c == '<') return QStringLiteral("&lt;");
  if (c == '>') return QStringLiteral("&gt;");
  return QString(c);
}

// Index of the first '/' outside brackets, or -1.
int topLevelSlash(const QString& token) {
  int depth = 0;
  for (int i = 0; i < token.size(); ++i) {
    const QChar c = token[i];
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (c == '/' && depth == 0) return i;
  }
  return -1;
}

QString withoutOuterBrackets(const QString& s) {
  if (s.size() < 2 || !s.startsWith('(') || !s.endsWith(')')) return s;
  int depth = 0;
  for (int i = 0; i < s.size() - 1; ++i) {  // the first '(' must close at the very end
    if (s[i] == '(') ++depth;
    if (s[i] == ')') --depth;
    if (depth == 0) return s;
  }
  return s.mid(1, s.size() - 2);
}

QString fractionCell(const QString& num, const QString& den) {
  return QStringLiteral(
             "<td valign=\"middle\"><table cellspacing=\"0\" cellpadding=\"1\" "
             "style=\"border-collapse: collapse\"><tr><td align=\"center\" "
             "style=\"border-bottom: 1px solid; border-bottom-style: solid\">%1</td></tr>"
             "<tr><td align=\"center\">%2</td></tr></table></td>")
      .arg(inlineFormulaHtml(num), inlineFormulaHtml(withoutOuterBrackets(den)));
}

QString textCell(const QStringList& tokens) {
  return QStringLiteral("<td valign=\"middle\">&nbsp;%1&nbsp;</td>")
      .arg(inlineFormulaHtml(tokens.join(QChar(' '))).replace(' ', QStringLiteral("&nbsp;")));
}

}  // namespace

QString inlineFormulaHtml(const QString& text) {
  QString out;
  enum class Run { None, Sup, Sub } run = Run::None;
  auto close = [&] {
    if (run == Run::Sup) out += QStringLiteral("</sup>");
    if (run == Run::Sub) out += QStringLiteral("</sub>");
    run = Run::None;
  };
  for (const QChar c : text) {
    const auto sup = superscripts().constFind(c);
    const auto sub = subscripts().constFind(c);
    const Run want = sup != superscripts().cend() ? Run::Sup
                     : sub != subscripts().cend() ? Run::Sub
                                                  : Run::None;
    if (want != run) {
      close();
      if (want == Run::Sup) out += QStringLiteral("<sup>");
      if (want == Run::Sub) out += QStringLiteral("<sub>");
      run = want;
    }
    out += want == Run::Sup ? escaped(*sup) : want == Run::Sub ? escaped(*sub) : escaped(c);
  }
  close();
  return out;
}

QString formulaHtml(const QString& formula) {
  QString cells;
  // Three or more spaces separate two formulas on one line ("Xavier: …     He: …"): keep a gap.
  const QStringList groups =
      formula.split(QRegularExpression(QStringLiteral(" {3,}")), Qt::SkipEmptyParts);
  for (int g = 0; g < groups.size(); ++g) {
    if (g > 0) cells += QStringLiteral("<td width=\"40\">&nbsp;</td>");
    QStringList pending;  // ordinary tokens waiting to be put in one cell
    for (const QString& token : groups[g].split(' ', Qt::SkipEmptyParts)) {
      const int slash = topLevelSlash(token);
      if (slash > 0 && slash < token.size() - 1) {
        if (!pending.isEmpty()) cells += textCell(pending);
        pending.clear();
        cells += fractionCell(token.left(slash), token.mid(slash + 1));
      } else {
        pending << token;
      }
    }
    if (!pending.isEmpty()) cells += textCell(pending);
  }
  return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\"><tr>%1</tr></table>")
      .arg(cells);
}

QString lessonTextHtml(const QString& text) {
  QString html;
  for (const QString& block : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
    QString para, list;
    for (const QString& line : block.split('\n', Qt::SkipEmptyParts)) {
      if (line.startsWith(QStringLiteral("- ")))
        list += QStringLiteral("<li>%1</li>").arg(inlineFormulaHtml(line.mid(2)));
      else
        para += (para.isEmpty() ? QString() : QStringLiteral(" ")) + inlineFormulaHtml(line);
    }
    if (!para.isEmpty()) html += QStringLiteral("<p>%1</p>").arg(para);
    if (!list.isEmpty()) html += QStringLiteral("<ul>%1</ul>").arg(list);
  }
  return html;
}

}  // namespace gs
