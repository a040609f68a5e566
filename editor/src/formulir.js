// The form view: the components an officer fills in most, as fields, editing the same YAML
// text as the code view (parsed with `yaml`'s Document, which keeps comments and the
// layout of what the form does not touch). Values the form cannot show as a field
// (groups, items with notes) are left to the YAML view, and the field says so.

import { parseDocument, isMap, isSeq, isScalar } from "yaml";

/** The fields: YAML path, kind (`teks` one line, `paragraf` several, `daftar` one item a line,
 * `ya` a tick box, `baris` one record a line as `kunci: isi`, read and written by `rows`). */
export const FIELDS = [
  { path: ["nama"], kind: "teks" },
  { path: ["deskripsi"], kind: "paragraf" },
  { path: ["persyaratan"], kind: "daftar" },
  { path: ["prosedur", "alur", 0, "langkah"], kind: "daftar", schema: ["prosedur"] },
  { path: ["jangka_waktu", "total"], kind: "teks", schema: ["jangka_waktu"] },
  { path: ["biaya", "gratis"], kind: "ya" },
  { path: ["biaya", "tarif"], kind: "baris", rows: "tarif" },
  { path: ["produk"], kind: "daftar" },
  { path: ["pengaduan", "saluran"], kind: "baris", rows: "saluran" },
  { path: ["jam_pelayanan"], kind: "baris", rows: "jam" },
  { path: ["sk", "nomor"], kind: "teks" },
  { path: ["sk", "tanggal"], kind: "teks" },
  { path: ["sarana_prasarana"], kind: "daftar" },
  { path: ["kompetensi_pelaksana"], kind: "daftar" },
  { path: ["pengawasan_internal"], kind: "daftar" },
  { path: ["jaminan_pelayanan"], kind: "paragraf" },
  { path: ["jaminan_keamanan"], kind: "paragraf" },
  { path: ["evaluasi_kinerja"], kind: "paragraf" },
];

/** Records written one a line: how a line reads, and how a record is written back. The
 * form shows a list only when every record is of this simple shape; else YAML is needed. */
const ROWS = {
  // "Sewa aula: 1500000 per hari"
  tarif: {
    keys: ["uraian", "rupiah", "per"],
    show: (r) => `${r.uraian}: ${r.rupiah}${r.per ? ` per ${String(r.per).replace(/^per /, "")}` : ""}`,
    parse: (line) => {
      const m = /^(.+?):\s*(?:Rp\.?\s*)?([\d.]+)(?:,-)?\s*(?:\/|per\s+)?(.*)$/i.exec(line);
      if (!m) return null;
      const row = { uraian: m[1].trim(), rupiah: Number(m[2].replace(/\./g, "")) };
      if (m[3].trim()) row.per = m[3].trim();
      return row;
    },
  },
  // "whatsapp: 0812 3456 7890"
  saluran: {
    keys: ["jenis", "kontak"],
    show: (r) => (r.kontak ? `${r.jenis}: ${r.kontak}` : r.jenis),
    parse: (line) => {
      const m = /^([a-z_0-9]+)\s*(?::\s*(.*))?$/i.exec(line);
      if (!m) return null;
      const row = { jenis: m[1].toLowerCase() };
      if (m[2] && m[2].trim()) row.kontak = m[2].trim();
      return row;
    },
  },
  // "senin, selasa, rabu, kamis: 08.00-15.30"
  jam: {
    keys: ["hari", "jam"],
    show: (r) => `${[].concat(r.hari).join(", ")}: ${r.jam}`,
    parse: (line) => {
      const m = /^([^:]+):\s*(.+)$/.exec(line);
      if (!m) return null;
      return { hari: m[1].split(/[,\s]+/).filter(Boolean).map((d) => d.toLowerCase()), jam: m[2].trim() };
    },
  },
};

/** The records of a `baris` field as lines, or `null` when one is not of the simple shape. */
function readRows(node, kind) {
  if (!isSeq(node)) return null;
  const lines = [];
  for (const item of node.items) {
    if (!isMap(item)) return null;
    const record = item.toJSON();
    const keys = Object.keys(record);
    if (!keys.every((k) => kind.keys.includes(k))) return null;
    if (keys.some((k) => record[k] !== null && typeof record[k] === "object" && !Array.isArray(record[k]))) return null;
    lines.push(kind.show(record));
  }
  return lines.join("\n");
}

/** The field's value in the document: text (`true`/`false` for a tick box), or `null` when
 * the form cannot show it. */
export function read(doc, field) {
  const node = doc.getIn(field.path, true);
  if (field.kind === "ya") {
    if (node === undefined || node === null) return "false";
    return isScalar(node) && typeof node.value === "boolean" ? String(node.value) : null;
  }
  if (node === undefined || node === null) return "";
  if (field.kind === "baris") return readRows(node, ROWS[field.rows]);
  if (field.kind === "daftar") {
    if (!isSeq(node)) return null;
    const items = node.items.map((item) => (isScalar(item) && typeof item.value === "string" ? item.value : null));
    return items.includes(null) ? null : items.join("\n");
  }
  if (!isScalar(node)) return null;
  return node.value === null ? "" : String(node.value);
}

/** The lines of a `baris` field that do not read as a record, by number (1-based). */
export function unreadable(field, value) {
  if (field.kind !== "baris") return [];
  return value.split("\n").map((line, i) => [line.trim(), i + 1])
    .filter(([line]) => line && ROWS[field.rows].parse(line) === null)
    .map(([, n]) => n);
}

/** The text with the field set to `value`; `null` when the part of the text that holds it is
 * not valid YAML. When another part is broken, only the field's own top-level block is
 * rewritten and every other byte is kept. */
export function write(text, field, value) {
  const whole = parseDocument(text);
  if (!whole.errors.length) return set(whole, field, value);
  const key = field.path[0];
  const found = blocks(text).filter((b) => b.key === key);
  if (found.length > 1) return null;
  if (found.length === 0) {
    const fresh = parseDocument("{}");
    const written = set(fresh, field, value);
    if (written.trim() === "{}") return text;
    return `${text}${text.endsWith("\n") || text === "" ? "" : "\n"}${written}`;
  }
  const [block] = found;
  const doc = parseDocument(text.slice(block.from, block.to));
  if (doc.errors.length) return null;
  return text.slice(0, block.from) + set(doc, field, value) + text.slice(block.to);
}

/** The document with the field set to `value`, as text. */
function set(doc, field, value) {
  if (field.kind === "ya") {
    if (value === "true") doc.setIn(field.path, true);
    else remove(doc, field.path);
  } else if (field.kind === "baris") {
    const rows = value.split("\n").map((line) => line.trim()).filter((line) => line)
      .map((line) => ROWS[field.rows].parse(line)).filter((row) => row !== null);
    if (rows.length) doc.setIn(field.path, doc.createNode(rows));
    else remove(doc, field.path);
  } else if (field.kind === "daftar") {
    const items = value.split("\n").map((line) => line.trim()).filter((line) => line);
    doc.setIn(field.path, doc.createNode(items));
  } else {
    doc.setIn(field.path, value);
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The text's top-level blocks: a key written at the start of a line, with every line under
 * it up to the next such key (comments included). */
function blocks(text) {
  const found = [];
  const start = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]|$)/gm;
  for (let m = start.exec(text); m !== null; m = start.exec(text)) {
    if (found.length) found[found.length - 1].to = m.index;
    found.push({ key: m[1], from: m.index, to: text.length });
  }
  return found;
}

/** Removes the value at `path`, and each map above it that is left empty (an empty map
 * would be written `{}`, and what is added to it later in that style). */
function remove(doc, path) {
  doc.deleteIn(path);
  for (let depth = path.length - 1; depth > 0; depth -= 1) {
    const parent = doc.getIn(path.slice(0, depth), true);
    if (!isMap(parent) || parent.items.length > 0) break;
    doc.deleteIn(path.slice(0, depth));
  }
}

/** What the form can read of a text: for each field, the document that holds it, or `null`
 * when that part does not read as YAML. A text broken in one place still fills every field
 * whose own top-level block reads (each block is then read on its own). */
export function parse(text) {
  const whole = parseDocument(text);
  if (!whole.errors.length) return () => whole;
  const parts = new Map();
  for (const block of blocks(text)) {
    const doc = parseDocument(text.slice(block.from, block.to));
    // A key written twice is broken as a whole: the form cannot tell which one counts.
    parts.set(block.key, parts.has(block.key) || doc.errors.length ? null : doc);
  }
  const empty = parseDocument("{}");
  return (field) => {
    const key = field.path[0];
    if (!parts.has(key)) return empty;
    return parts.get(key);
  };
}
