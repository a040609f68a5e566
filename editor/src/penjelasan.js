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
  details.append(summary, withCodeSpans(perbaikan));
  if (benar) {
    const label = document.createElement("p");
    label.textContent = words("contohBenar");
    const example = document.createElement("pre");
    example.textContent = benar;
    details.append(label, example);
  }
  return details;
}

/**
 * A paragraph of `text` whose `code spans` (the registry writes Markdown) become <code>
 * elements; everything else stays plain text, never parsed as HTML.
 */
function withCodeSpans(text) {
  const paragraph = document.createElement("p");
  text.split("`").forEach((part, index) => {
    if (index % 2 === 0) {
      paragraph.append(part);
    } else {
      const code = document.createElement("code");
      code.textContent = part;
      paragraph.append(code);
    }
  });
  return paragraph;
}
