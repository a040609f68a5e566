// How to fix a problem, under its line in the Masalah panel: the same explanation
// `standar jelaskan <kode>` prints, from the library's registry of codes.

import { jelaskan } from "../build/standar_editor.js";

/**
 * A folded "how to fix" for the diagnostic `code`, or null for a code without one.
 * `words` gives the interface's words in the editor's language.
 */
export function explanation(code, words) {
  const json = jelaskan(code);
  if (json === undefined) return null;
  const { perbaikan, benar } = JSON.parse(json);
  const details = document.createElement("details");
  details.className = "penjelasan";
  const summary = document.createElement("summary");
  summary.textContent = words("caraMemperbaiki");
  const text = document.createElement("p");
  text.textContent = perbaikan;
  details.append(summary, text);
  if (benar) {
    const label = document.createElement("p");
    label.textContent = words("contohBenar");
    const example = document.createElement("pre");
    example.textContent = benar;
    details.append(label, example);
  }
  return details;
}
