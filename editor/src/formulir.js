// The form view: the components an officer fills in most, as fields, editing the same YAML
// text as the code view (parsed with `yaml`'s Document, which keeps comments and the
// layout of what the form does not touch). Values the form cannot show as a field
// (groups, items with notes) are left to the YAML view, and the field says so.

import { parseDocument, isSeq, isScalar } from "yaml";

/** The fields: YAML path, kind (`teks` one line, `paragraf` several, `daftar` one item a line). */
export const FIELDS = [
  { path: ["nama"], kind: "teks" },
  { path: ["deskripsi"], kind: "paragraf" },
  { path: ["persyaratan"], kind: "daftar" },
  { path: ["prosedur", "alur", 0, "langkah"], kind: "daftar", schema: ["prosedur"] },
  { path: ["jangka_waktu", "total"], kind: "teks", schema: ["jangka_waktu"] },
  { path: ["produk"], kind: "daftar" },
  { path: ["sarana_prasarana"], kind: "daftar" },
  { path: ["kompetensi_pelaksana"], kind: "daftar" },
  { path: ["pengawasan_internal"], kind: "daftar" },
  { path: ["jaminan_pelayanan"], kind: "paragraf" },
  { path: ["jaminan_keamanan"], kind: "paragraf" },
  { path: ["evaluasi_kinerja"], kind: "paragraf" },
];

/** The field's value in the document: text, or `null` when the form cannot show it. */
export function read(doc, field) {
  const node = doc.getIn(field.path, true);
  if (node === undefined || node === null) return "";
  if (field.kind === "daftar") {
    if (!isSeq(node)) return null;
    const items = node.items.map((item) => (isScalar(item) && typeof item.value === "string" ? item.value : null));
    return items.includes(null) ? null : items.join("\n");
  }
  if (!isScalar(node)) return null;
  return node.value === null ? "" : String(node.value);
}

/** The text with the field set to `value`; `null` when the text is not valid YAML. */
export function write(text, field, value) {
  const doc = parseDocument(text);
  if (doc.errors.length) return null;
  if (field.kind === "daftar") {
    const items = value.split("\n").map((line) => line.trim()).filter((line) => line);
    doc.setIn(field.path, doc.createNode(items));
  } else {
    doc.setIn(field.path, value);
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The document, or `null` when the text is not valid YAML. */
export function parse(text) {
  const doc = parseDocument(text);
  return doc.errors.length ? null : doc;
}
