// The browser editor of standar: CodeMirror 6 for the text (completion and hover help from
// the committed JSON Schema), the standar library compiled to WebAssembly for the checks,
// so that what the officer sees here is what `standar check` says.

import { EditorView, basicSetup } from "codemirror";
import { EditorState, StateEffect } from "@codemirror/state";
import { indentWithTab } from "@codemirror/commands";
import { hoverTooltip, keymap } from "@codemirror/view";
import { yaml, yamlLanguage } from "@codemirror/lang-yaml";
import { forceLinting, linter, lintGutter } from "@codemirror/lint";
import { yamlCompletion, yamlSchemaHover } from "codemirror-json-schema/yaml";
import { stateExtensions } from "codemirror-json-schema";
import schema from "../../schema/standar.schema.json";
import { FIELDS, parse, read as readField, unreadable, write } from "./formulir.js";
import { WORDS } from "./kata.js";
import { explanation } from "./penjelasan.js";
import { withSkeletons } from "./kerangka.js";
import { STORE, saved } from "./simpan.js";
import { installReview, reviewExtensions } from "./tinjau.js";
import wasm from "../build/standar_editor_bg.wasm";
import { initSync, periksa, pratinjau, standar_baru } from "../build/standar_editor.js";

initSync({ module: wasm });

/** Set while a check runs: still there when the editor opens, the last check never ended. */
const CHECKING = "standar-penyunting-memeriksa";
/** Set when a damaged draft was discarded, for the page opened again without it. */
const DISCARDED = "standar-penyunting-dibuang";
const SCHEMA_ADDRESS = "../../schema/standar.schema.json";

let lang = "id";
let fileName = "layanan-baru.yaml";
let unit = null;
let lastChecked = null;
/** The file last opened or downloaded, to say when a download would replace it with other text. */
let opened = null;
/** Marks a transaction after which the file is checked again though its text is the same
 * (the unit file changed). */
const recheck = StateEffect.define();
/** A restored draft whose last check never ended is not checked until the officer asks. */
let paused = false;

const $ = (id) => document.getElementById(id);
const t = (key, ...args) => {
  const word = WORDS[lang][key];
  return typeof word === "function" ? word(...args) : word;
};

function save(text) {
  try {
    localStorage.setItem(STORE, JSON.stringify({ name: fileName, text, unit, lang }));
  } catch {
    // Storage full or refused: the text stays in the editor.
  }
}

/** A column counted in characters, as standar counts it, to CodeMirror's UTF-16 offset. */
function position(doc, line, column) {
  const number = Math.min(Math.max(line, 1), doc.lines);
  const row = doc.line(number);
  const chars = Array.from(row.text).slice(0, Math.max(column - 1, 0)).join("");
  return Math.min(row.from + chars.length, row.to);
}

/** Notes in the browser's storage that a check is running (or ended). */
function checking(running) {
  try {
    if (running) localStorage.setItem(CHECKING, "1");
    else localStorage.removeItem(CHECKING);
  } catch {
    // Storage refused: the editor works without the note.
  }
}

/** Checks the text with the library; returns the report of `standar check --format json`. */
function check(text) {
  const started = performance.now();
  checking(true);
  const report = JSON.parse(periksa(fileName, text, unit ? unit.text : undefined));
  checking(false);
  lastChecked = Math.round(performance.now() - started);
  return report;
}

/** Whether the text is the new-standard template, untouched. */
let template = null;
function isFresh(text) {
  if (template === null) template = standar_baru(SCHEMA_ADDRESS);
  return text === template;
}

/** The Masalah panel: every diagnostic, a button that moves the cursor to it. */
function showProblems(view, report) {
  const list = $("daftar-masalah");
  list.replaceChildren();
  // An untouched new standard: guidance first, not a list of every blank still to fill.
  const fresh = isFresh(view.state.doc.toString());
  $("panduan").hidden = !fresh;
  const own = `draf/${fileName}`;
  for (const d of fresh ? [] : report.diagnostics) {
    const item = document.createElement("li");
    item.className = d.severity === "error" ? "galat" : "peringatan";
    const button = document.createElement("button");
    button.type = "button";
    const where = d.file === own ? "" : ` (${d.file.replace(/^draf\//, "")})`;
    button.textContent = `${t("baris", d.line, d.column)}${where}: ${d.message} [${d.code}]`;
    if (d.file === own) {
      button.addEventListener("click", () => {
        const at = position(view.state.doc, d.line, d.column);
        view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
        view.focus();
      });
    }
    item.append(button);
    const fix = explanation(d.code, t);
    if (fix) item.append(fix);
    list.append(item);
  }
  $("ringkas").textContent = fresh
    ? t("belumDiisi", report.diagnostics.length)
    : report.diagnostics.length === 0 ? t("bersih") : t("hitung", report.errors, report.warnings);
  const context = unit ? t("unit", unit.name) : t("tanpaUnit");
  $("status").textContent = `${fileName} · ${context} · ${t("diperiksa", lastChecked)}`;
}

/** Paper widths in CSS pixels, portrait (the board's sheets). */
const PAPER_WIDTH = { a4: 210, a3: 297, a2: 420, a1: 594, banner: 600 };
const MM = 96 / 25.4;

let previewKind = "halaman";
let lastPreview = null;
let frameReady = null;

/** The preview's own document: a frame sandboxed without scripts (nothing in a standard can
 * run there, whatever the page holds), under its own policy besides the editor's. */
const FRAME_PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" ' +
  "content=\"default-src 'none'; img-src data:; style-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'\">" +
  "</head><body></body></html>";

/** The preview frame, once its document is there. */
function previewFrame() {
  if (!frameReady) {
    const frame = document.createElement("iframe");
    frame.setAttribute("sandbox", "allow-same-origin");
    frame.title = t("pratinjau");
    frame.className = "bingkai";
    frameReady = new Promise((resolve) => {
      frame.addEventListener(
        "load",
        () => {
          // Links are not followed inside the preview.
          frame.contentDocument.addEventListener("click", (event) => {
            if (event.target.closest && event.target.closest("a")) event.preventDefault();
          });
          resolve(frame);
        },
        { once: true },
      );
    });
    frame.srcdoc = FRAME_PAGE;
    $("layar").append(frame);
  }
  return frameReady;
}

/** A site style sheet's relative addresses (`url("huruf/…")`, relative to `aset/`) made
 * relative to the editor's folder, beside `aset/` in every site and under `standar serve`. */
function fromAssets(css) {
  return css.replace(
    /url\(\s*(["']?)(?![a-z][a-z0-9+.-]*:|\/|#)([^"')]+)\1\s*\)/gi,
    (_, quote, address) => `url(${quote}../aset/${address}${quote})`,
  );
}

/** The built page, parsed without running anything: scripts gone, flowcharts inlined. */
function parsedPage(html, images) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const script of doc.querySelectorAll("script")) script.remove();
  for (const img of doc.querySelectorAll("img")) {
    const svg = images[img.getAttribute("src")];
    if (svg !== undefined) img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg);
  }
  return doc;
}

/** Shows the page or the board the library built. */
async function showPreview() {
  const frame = await previewFrame();
  const doc = frame.contentDocument;
  if (!lastPreview || !lastPreview.halaman) {
    doc.body.replaceChildren();
    $("keadaan-pratinjau").textContent = t("belumPratinjau");
    return;
  }
  const board = previewKind === "papan";
  const page = parsedPage(board ? lastPreview.papan : lastPreview.halaman, lastPreview.gambar);
  const rules = new frame.contentWindow.CSSStyleSheet();
  rules.replaceSync(fromAssets(board ? lastPreview.gaya_papan : lastPreview.gaya));
  doc.adoptedStyleSheets = [rules];
  doc.documentElement.className = page.documentElement.className;
  doc.documentElement.lang = page.documentElement.lang;
  doc.body.className = page.body.className;
  doc.body.replaceChildren(...Array.from(page.body.childNodes, (node) => doc.importNode(node, true)));
  doc.body.style.transform = "";
  doc.body.style.width = "";
  if (board) {
    // The sheets at their paper size, scaled to the width of the preview.
    const width = PAPER_WIDTH[$("kertas").value] * MM;
    const scale = Math.min(1, (frame.clientWidth - 24) / width);
    doc.body.style.transformOrigin = "0 0";
    doc.body.style.transform = `scale(${scale})`;
    doc.body.style.width = `${width}px`;
  }
}

/** Builds the page and board of a standard without errors; with errors the last good one
 * stays, dimmed. */
function preview(text, report) {
  if (report.errors > 0) {
    const frame = $("layar").querySelector("iframe");
    if (frame) frame.classList.add("basi");
    $("keadaan-pratinjau").textContent = lastPreview ? t("pratinjauLama") : t("belumPratinjau");
    if (!lastPreview) showPreview();
    return;
  } else {
    const frame = $("layar").querySelector("iframe");
    if (frame) frame.classList.remove("basi");
    const started = performance.now();
    lastPreview = JSON.parse(pratinjau(fileName, text, unit ? unit.text : undefined, $("kertas").value));
    const ms = Math.round(performance.now() - started);
    showPreview();
    $("keadaan-pratinjau").textContent = t("dipratinjau", ms);
    return;
  }
  showPreview();
}

/** The linter: the library's diagnostics of this file, underlined where they point. */
const standarLinter = linter(
  (view) => {
    if (paused) {
      $("status").textContent = t("tertunda");
      $("periksa-sekarang").hidden = false;
      return [];
    }
    $("periksa-sekarang").hidden = true;
    const text = view.state.doc.toString();
    const report = check(text);
    showProblems(view, report);
    preview(text, report);
    if (isFresh(text)) return [];
    const doc = view.state.doc;
    return report.diagnostics
      .filter((d) => d.file === `draf/${fileName}`)
      .map((d) => {
        const from = position(doc, d.line, d.column);
        let to = position(doc, d.end_line, d.end_column);
        if (to <= from) to = Math.min(from + 1, doc.length);
        return {
          from,
          to,
          severity: d.severity === "error" ? "error" : "warning",
          message: `${d.message}${d.help ? ` — ${d.help}` : ""} [${d.code}]`,
        };
      });
  },
  {
    delay: 250,
    needsRefresh: (update) => update.transactions.some((tr) => tr.effects.some((e) => e.is(recheck))),
  },
);

/** The schema's title and description of a top-level key, Indonesian as the schema is. */
function described(path) {
  // Down the schema's properties, through `$ref`s and the `anyOf` of an optional value.
  const resolve = (node) => {
    let current = node || {};
    for (let i = 0; i < 4; i += 1) {
      if (current.$ref) current = schema.$defs[current.$ref.replace("#/$defs/", "")] || {};
      else if (current.anyOf) current = current.anyOf.find((a) => a.$ref || a.properties) || current.anyOf[0] || {};
      else break;
    }
    return current;
  };
  let property = {};
  let node = schema;
  for (const key of path) {
    property = (resolve(node).properties || {})[key] || {};
    node = property;
  }
  return { title: property.title || resolve(property).title || path[path.length - 1], help: property.description || resolve(property).description || "" };
}

/** Builds the form's fields once; `fill` gives them the document's values. */
function buildForm(view) {
  const form = $("formulir");
  form.replaceChildren();
  FIELDS.forEach((field, index) => {
    const { title, help } = described(field.schema || field.path);
    const box = document.createElement("div");
    box.className = "isian";
    const id = `isian-${index}`;
    const label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = field.path.includes("langkah") ? t("langkah") : title;
    const hint = document.createElement("span");
    hint.className = "bantuan";
    hint.id = `${id}-bantuan`;
    const lineHelp = { daftar: "satuPerBaris", baris: { tarif: "barisTarif", saluran: "barisSaluran", jam: "barisJam" }[field.rows] };
    hint.textContent = lineHelp[field.kind] ? `${help} ${t(lineHelp[field.kind])}`.trim() : help;
    const input = document.createElement(field.kind === "teks" || field.kind === "ya" ? "input" : "textarea");
    if (field.kind === "ya") input.type = "checkbox";
    input.id = id;
    input.setAttribute("aria-describedby", hint.id);
    const note = document.createElement("p");
    note.className = "catatan";
    note.hidden = true;
    let pending = null;
    input.addEventListener(field.kind === "ya" ? "change" : "input", () => {
      clearTimeout(pending);
      pending = setTimeout(() => {
        const value = field.kind === "ya" ? String(input.checked) : input.value;
        const skipped = unreadable(field, value);
        note.textContent = skipped.length ? t("barisTakTerbaca", skipped.join(", ")) : "";
        note.hidden = skipped.length === 0;
        const text = write(view.state.doc.toString(), field, value);
        if (text === null) {
          note.textContent = t("yamlRusak");
          note.hidden = false;
          return;
        }
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      }, 300);
    });
    box.append(label, hint, input, note);
    form.append(box);
    field.input = input;
    field.note = note;
  });
}

/** The document's values into the fields (not the one being typed in). */
function fillForm(text) {
  const documentOf = parse(text);
  for (const field of FIELDS) {
    if (!field.input || document.activeElement === field.input) continue;
    const doc = documentOf(field);
    const value = doc ? readField(doc, field) : null;
    field.input.disabled = value === null;
    field.note.hidden = value !== null;
    field.note.textContent = doc ? t("bukanIsian") : t("yamlRusak");
    if (value === null) continue;
    if (field.kind === "ya") field.input.checked = value === "true";
    else field.input.value = value;
  }
}

function translate() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
  for (const el of document.querySelectorAll("[data-t-label]")) {
    el.setAttribute("aria-label", t(el.dataset.tLabel));
  }
  const other = $("bahasa");
  other.textContent = t("bahasa");
  other.lang = lang === "id" ? "en" : "id";
  document.title = t("judul");
}

/** Reads a file the officer chose or dropped. */
function read(file, then) {
  file.text().then((text) => then(file.name, text));
}

function start() {
  const draft = saved();
  let interrupted = false;
  try {
    interrupted = localStorage.getItem(CHECKING) !== null;
  } catch {
    // Storage refused: nothing was saved either.
  }
  if (draft) {
    fileName = draft.name;
    unit = draft.unit;
    lang = draft.lang;
    paused = interrupted;
  }
  translate();
  // Inside a shadow root CodeMirror's styles are a constructed style sheet, which the
  // page's policy (`style-src 'self'`, no inline styles) allows; in the document they
  // would be a <style> element, which it refuses.
  const shadow = $("teks").attachShadow({ mode: "open" });
  const extensions = [
      EditorView.theme({
        // As tall as its box, which the page's style sheet sizes.
        "&": { height: "100%", fontSize: "15px" },
        ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" },
      }),
      basicSetup,
      // Tab indents; Escape then Tab leaves the text, as CodeMirror does for every keymap
      // that takes Tab.
      keymap.of([indentWithTab]),
      EditorView.lineWrapping,
      yaml(),
      yamlLanguage.data.of({ autocomplete: withSkeletons(yamlCompletion(), schema) }),
      hoverTooltip(yamlSchemaHover()),
      stateExtensions(schema),
      standarLinter,
      lintGutter(),
      reviewExtensions,
      // A tab stop axe recognises (the content is editable, so it is one already).
      EditorView.contentAttributes.of({ "aria-label": t("labelTeks"), tabindex: "0" }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) {
          paused = false;
          save(update.state.doc.toString());
          if (!$("formulir").hidden) fillForm(update.state.doc.toString());
        }
      }),
  ];
  const view = new EditorView({
    state: EditorState.create({ doc: draft ? draft.text : standar_baru(SCHEMA_ADDRESS), extensions }),
    parent: shadow,
    root: shadow,
  });
  /** Puts another file's text in the editor: a fresh state, so that undo never goes back into
   * the text it replaced. */
  const replace = (name, text) => {
    fileName = name;
    lastPreview = null;
    view.setState(EditorState.create({ doc: text, extensions }));
    paused = false;
    save(text);
    if (!$("formulir").hidden) fillForm(text);
  };
  installReview(view, { t, replace, setUnit: (u) => { unit = u; } });
  if (draft) $("status").textContent = paused ? t("tertunda") : t("dipulihkan");
  $("periksa-sekarang").addEventListener("click", () => {
    paused = false;
    forceLinting(view);
  });

  $("baru").addEventListener("click", () => {
    if (!window.confirm(t("gantiBaru"))) return;
    opened = null;
    replace("layanan-baru.yaml", standar_baru(SCHEMA_ADDRESS));
  });
  $("buka").addEventListener("change", (event) => {
    const [file] = event.target.files;
    if (file) {
      read(file, (name, text) => {
        opened = { name, text };
        replace(name, text);
      });
    }
    event.target.value = "";
  });
  /** The unit file changed: the same text is checked again at once. */
  const withUnit = (name, text) => {
    unit = { name, text };
    save(view.state.doc.toString());
    view.dispatch({ effects: recheck.of(null) });
    forceLinting(view);
  };
  $("buka-unit").addEventListener("change", (event) => {
    const [file] = event.target.files;
    if (file) read(file, withUnit);
    event.target.value = "";
  });
  $("unduh").addEventListener("click", () => {
    const text = view.state.doc.toString();
    if (opened && opened.name === fileName && opened.text !== text) {
      if (!window.confirm(t("unduhBerbeda", fileName))) return;
    }
    opened = { name: fileName, text };
    const blob = new Blob([text], { type: "text/yaml;charset=utf-8" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
  buildForm(view);
  const showForm = (form) => {
    $("formulir").hidden = !form;
    $("teks").hidden = form;
    $("lihat-yaml").setAttribute("aria-pressed", String(!form));
    $("lihat-formulir").setAttribute("aria-pressed", String(form));
    if (form) fillForm(view.state.doc.toString());
  };
  $("lihat-yaml").addEventListener("click", () => showForm(false));
  $("lihat-formulir").addEventListener("click", () => showForm(true));
  const choose = (kind) => {
    previewKind = kind;
    $("lihat-halaman").setAttribute("aria-pressed", String(kind === "halaman"));
    $("lihat-papan").setAttribute("aria-pressed", String(kind === "papan"));
    showPreview();
  };
  // "Ukuran penuh": a panel over the whole window, until the button or Esc again.
  const enlarge = (button, panel) => {
    const on = !panel.classList.contains("penuh");
    panel.classList.toggle("penuh", on);
    button.setAttribute("aria-pressed", String(on));
    if (panel.id === "pratinjau") showPreview();
  };
  for (const [button, panel] of [["perbesar-masalah", "masalah"], ["perbesar-pratinjau", "pratinjau"]]) {
    $(button).addEventListener("click", () => enlarge($(button), $(panel)));
  }
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    for (const [button, panel] of [["perbesar-masalah", "masalah"], ["perbesar-pratinjau", "pratinjau"]]) {
      if ($(panel).classList.contains("penuh")) {
        enlarge($(button), $(panel));
        $(button).focus();
      }
    }
  });
  $("lihat-halaman").addEventListener("click", () => choose("halaman"));
  $("lihat-papan").addEventListener("click", () => choose("papan"));
  $("kertas").addEventListener("change", () => {
    const text = view.state.doc.toString();
    preview(text, check(text));
  });
  $("bahasa").addEventListener("click", () => {
    lang = lang === "id" ? "en" : "id";
    translate();
    buildForm(view);
    if (!$("formulir").hidden) fillForm(view.state.doc.toString());
    save(view.state.doc.toString());
    showProblems(view, check(view.state.doc.toString()));
  });
  document.addEventListener("dragover", (event) => event.preventDefault());
  document.addEventListener("drop", (event) => {
    event.preventDefault();
    const [file] = event.dataTransfer.files;
    if (!file) return;
    read(file, (name, text) => {
      if (name === "_unit.yaml") {
        withUnit(name, text);
      } else {
        opened = { name, text };
        replace(name, text);
      }
    });
  });
  if (!paused) {
    const first = check(view.state.doc.toString());
    showProblems(view, first);
    preview(view.state.doc.toString(), first);
  } else {
    $("periksa-sekarang").hidden = false;
    $("ringkas").textContent = t("tertunda");
  }
  window.standarEditor = view;
}

/** Opens the editor; a saved draft it cannot open is discarded and the editor opened anew,
 * once, without it. */
function open() {
  try {
    start();
    try {
      if (sessionStorage.getItem(DISCARDED)) {
        sessionStorage.removeItem(DISCARDED);
        $("status").textContent = t("dibuang");
      }
    } catch {
      // No session storage: nothing to say.
    }
  } catch (error) {
    let again = false;
    try {
      again = !sessionStorage.getItem(DISCARDED) && localStorage.getItem(STORE) !== null;
      localStorage.removeItem(STORE);
      localStorage.removeItem(CHECKING);
      sessionStorage.setItem(DISCARDED, "1");
    } catch {
      // Storage refused: the error stays.
    }
    if (again) location.reload();
    else throw error;
  }
}

open();
