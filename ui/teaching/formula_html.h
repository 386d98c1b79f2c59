// Turns a lesson's plain-Unicode formula and text into Qt rich text (HTML) with real superscripts,
// subscripts and stacked fractions, so "dJ/dθ⁽ˡ⁾" reads like a textbook and not like source code.
//
// Rules (the whole "markup"):
//   - runs of Unicode superscript characters (⁽ˡ⁾, ᴸ⁻¹, ᵏ, ², ᵀ) become <sup>…</sup> with the
//     ordinary characters, runs of subscript characters (ᵢₙ, ₒᵤₜ, ₀) become <sub>…</sub>; fonts
//     rarely have every modifier letter, ordinary letters they all have;
//   - in a formula, a space-separated token "a/b" (the slash outside brackets) is a fraction, drawn
//     as a over b with a rule between; one pair of brackets around the whole denominator is
//     dropped: "2/(nᵢₙ+nₒᵤₜ)";
//   - in a formula, three or more spaces keep a wide gap between two formulas on one line;
//   - in a text, a blank line starts a paragraph and lines starting with "- " form a bullet list.
#pragma once

#include <QString>

namespace gs {

// HTML-escapes and converts super-/subscript runs; no block structure.
QString inlineFormulaHtml(const QString& text);
// A formula as a one-row table: runs of ordinary tokens and stacked fractions side by side.
QString formulaHtml(const QString& formula);
// A lesson text: paragraphs and bullet lists, inline formulas converted.
QString lessonTextHtml(const QString& text);

}  // namespace gs
