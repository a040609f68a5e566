// Fill-in skeletons for completion: choosing a key whose value is a list or a mapping inserts
// its shape (`persyaratan:` then an indented `- `, `sk:` then its required keys), with the
// cursor in the first blank and Tab to the next, so that an officer who has never written YAML
// gets the indentation right. The shapes come from the JSON Schema; a key that means different
// shapes in different places gets no skeleton.

import { snippetCompletion } from "@codemirror/autocomplete";

/** A schema with its `$ref` followed. */
function resolve(root, schema) {
  let s = schema;
  for (let hops = 0; s && typeof s.$ref === "string" && hops < 16; hops++) {
    s = s.$ref.startsWith("#/") ? s.$ref.slice(2).split("/").reduce((o, k) => (o ? o[k] : undefined), root) : undefined;
  }
  return s;
}

/** The non-null alternatives of a schema, resolved. */
function alternatives(root, schema) {
  const s = resolve(root, schema);
  if (!s) return [];
  const branches = s.anyOf || s.oneOf;
  if (Array.isArray(branches)) return branches.flatMap((b) => alternatives(root, b));
  if (s.type === "null") return [];
  return [s];
}

const isType = (s, name) => s.type === name || (Array.isArray(s.type) && s.type.includes(name));

/** Keys that name what a mapping describes, written when it requires none (as the messages'
 * examples do: `sk:` then `nomor:`). */
const NAMING_KEYS = ["nomor", "nama", "total", "uraian", "teks", "kontak"];
/** How deep a skeleton goes: enough for `prosedur` → `alur` → `langkah`. */
const DEPTH = 3;

const tab = (n) => "\t".repeat(n);

/** A mapping's blank keys, one per line at `tabs` levels: its required keys, else the key
 * that names it. */
function mappingLines(root, object, tabs, depth) {
  const required = Array.isArray(object.required) ? object.required.slice(0, 4) : [];
  const keys = required.length > 0 ? required : NAMING_KEYS.filter((k) => object.properties[k]).slice(0, 1);
  if (keys.length === 0) return `${tab(tabs)}\${}`;
  return keys.map((key) => `${tab(tabs)}${key}:${block(root, object.properties[key], tabs + 1, depth + 1)}`).join("\n");
}

/** What follows `key:` for a value of this schema: a blank on the same line for text, or the
 * indented shape of a list or a mapping. */
function block(root, schema, tabs, depth) {
  const shapes = alternatives(root, schema);
  if (depth > DEPTH || shapes.length === 0) return " ${}";
  if (shapes.every((s) => isType(s, "array"))) {
    const items = alternatives(root, shapes[0].items || {});
    const objectItem = items.find((s) => s.properties);
    if (items.some((s) => isType(s, "string")) || !objectItem) return `\n${tab(tabs)}- \${}`;
    // The first key follows the dash; the others line up under it.
    const lines = mappingLines(root, objectItem, tabs + 1, depth);
    return `\n${tab(tabs)}- ${lines.slice(tabs + 1)}`;
  }
  if (shapes.every((s) => s.properties && isType(s, "object"))) {
    return `\n${mappingLines(root, shapes[0], tabs, depth)}`;
  }
  return " ${}";
}

/** The snippet after `key:` for a value of this schema, or null when it is text (a key that
 * also takes text keeps the plain completion). */
function shape(root, schema) {
  const snippet = block(root, schema, 1, 0);
  return snippet.startsWith("\n") ? snippet : null;
}

/** Every key of the schema with the one skeleton it always has; keys with differing shapes
 * are left out. */
export function skeletons(root) {
  const found = new Map();
  const seen = new Set();
  const visit = (schema) => {
    const s = resolve(root, schema);
    if (!s || typeof s !== "object" || seen.has(s)) return;
    seen.add(s);
    for (const [key, value] of Object.entries(s.properties || {})) {
      const snippet = shape(root, value);
      if (found.has(key) && found.get(key) !== snippet) found.set(key, null);
      else if (!found.has(key)) found.set(key, snippet);
      visit(value);
    }
    for (const k of ["anyOf", "oneOf", "allOf"]) (s[k] || []).forEach(visit);
    if (s.items) visit(s.items);
  };
  visit(root);
  for (const [key, snippet] of found) if (snippet === null) found.delete(key);
  return found;
}

/** Wraps a schema completion source: a key completed where no `:` follows yet inserts its
 * skeleton. */
export function withSkeletons(source, root) {
  const table = skeletons(root);
  return async (context) => {
    const result = await source(context);
    if (!result || !Array.isArray(result.options)) return result;
    const line = context.state.doc.lineAt(context.pos);
    if (line.text.slice(context.pos - line.from).includes(":")) return result;
    // Only where a key starts its line (not after `- ` inside a flow or after a value).
    if (!/^\s*(- )?[\w-]*$/.test(line.text.slice(0, context.pos - line.from))) return result;
    // After `- ` the key stands two columns right of the line's indentation: one level more.
    const afterDash = /^\s*- /.test(line.text);
    result.options = result.options.map((option) => {
      const snippet = option.type === "property" ? table.get(option.label) : undefined;
      if (!snippet) return option;
      const body = afterDash ? snippet.replace(/\n\t/g, "\n\t\t") : snippet;
      return snippetCompletion(`${option.label}:${body}`, { ...option, apply: undefined });
    });
    return result;
  };
}
