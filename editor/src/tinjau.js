// The review view: a published document imported as `standar impor` imports it, its draft in
// the editor and its text beside it. The cursor on a value lights the source lines it came
// from; a source line clicked moves the cursor to the value made of it. Lines no component
// took are marked, and each component can be ticked "sudah diperiksa".

import { StateEffect, StateField } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { impor } from "../build/standar_editor.js";

/** Loads the traces of a draft: each value's range in the text and its source lines. */
const setTraces = StateEffect.define();

/** The traces, carried through every edit so that they stay on their values. */
const traceField = StateField.define({
  create: () => [],
  update(traces, tr) {
    for (const effect of tr.effects) if (effect.is(setTraces)) return effect.value;
    if (!tr.docChanged || traces.length === 0) return traces;
    return traces.map((x) => ({ ...x, from: tr.changes.mapPos(x.from, -1), to: tr.changes.mapPos(x.to, 1) }));
  },
});

const $ = (id) => document.getElementById(id);

/** The review shown: the document's lines, the drafts, the components ticked per draft. */
let review = null;
let words = (key) => key;

/** The innermost value at `pos`: the trace of least length holding it. */
function traceAt(traces, pos) {
  let best = null;
  for (const x of traces) {
    if (x.from <= pos && pos <= x.to && (!best || x.to - x.from < best.to - best.from)) best = x;
  }
  return best;
}

/** Lights the source lines of the value under the cursor. */
function follow(state) {
  if (!review) return;
  const trace = traceAt(state.field(traceField), state.selection.main.head);
  for (const item of document.querySelectorAll("#baris-sumber .sorot")) item.classList.remove("sorot");
  $("jejak-tinjau").textContent = trace ? words("asalNilai", trace.jalur, trace.sumber[0], trace.sumber[1]) : "";
  if (!trace) return;
  const lines = $("baris-sumber").children;
  for (let n = trace.sumber[0]; n <= trace.sumber[1] && n <= lines.length; n++) lines[n - 1].classList.add("sorot");
  lines[trace.sumber[0] - 1]?.scrollIntoView({ block: "nearest" });
}

/** The editor's extensions of the review: the traces and the cursor followed. */
export const reviewExtensions = [
  traceField,
  EditorView.updateListener.of((update) => {
    const loaded = update.transactions.some((tr) => tr.effects.some((e) => e.is(setTraces)));
    if (update.selectionSet || update.docChanged || loaded) follow(update.state);
  }),
];

/** The traces of a draft as offsets of the editor's text. */
function positioned(doc, asal) {
  return asal
    .filter((j) => j.draf[0] >= 1 && j.draf[1] <= doc.lines && j.draf[0] <= j.draf[1])
    .map((j) => ({ from: doc.line(j.draf[0]).from, to: doc.line(j.draf[1]).to, jalur: j.jalur, sumber: j.sumber }));
}

/** The document's lines, each marked by what became of it. */
function showSource(view, draft) {
  const kind = new Array(review.lines.length).fill("lain");
  for (const j of draft.asal) {
    const mark = j.jalur.startsWith("belum_dipetakan") ? "belum" : "dipetakan";
    for (let n = j.sumber[0]; n <= j.sumber[1] && n <= kind.length; n++) {
      if (kind[n - 1] !== "belum") kind[n - 1] = mark;
    }
  }
  const list = $("baris-sumber");
  list.replaceChildren();
  review.lines.forEach((text, i) => {
    const item = document.createElement("li");
    item.className = kind[i];
    item.textContent = text || "\u00a0";
    if (kind[i] === "belum") item.title = words("belumDipetakan");
    item.addEventListener("click", () => goTo(view, i + 1));
    list.append(item);
  });
}

/** Moves the cursor to the value made of source line `n`: the narrowest one. */
function goTo(view, n) {
  const holding = view.state.field(traceField).filter((x) => x.sumber[0] <= n && n <= x.sumber[1]);
  holding.sort((a, b) => a.sumber[1] - a.sumber[0] - (b.sumber[1] - b.sumber[0]) || a.to - a.from - (b.to - b.from));
  if (holding.length === 0) return;
  view.dispatch({ selection: { anchor: holding[0].from }, scrollIntoView: true });
  view.focus();
}

/** The components of the draft, each with its "sudah diperiksa" tick. */
function showComponents(view, index) {
  const draft = review.drafts[index];
  const ticked = review.ticked[index];
  const keys = draft.asal.map((j) => j.jalur).filter((k) => /^[a-z_]+$/.test(k) && k !== "belum_dipetakan");
  const list = $("komponen-tinjau");
  list.replaceChildren();
  for (const key of [...new Set(keys)]) {
    const item = document.createElement("li");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.id = `diperiksa-${key}`;
    box.checked = ticked.has(key);
    box.addEventListener("change", () => {
      if (box.checked) ticked.add(key);
      else ticked.delete(key);
      summarise(index);
    });
    const label = document.createElement("label");
    label.htmlFor = box.id;
    label.textContent = words("sudahDiperiksa", key);
    const jump = document.createElement("button");
    jump.type = "button";
    jump.textContent = key;
    jump.addEventListener("click", () => {
      const trace = view.state.field(traceField).find((x) => x.jalur === key);
      if (trace) view.dispatch({ selection: { anchor: trace.from }, scrollIntoView: true });
      view.focus();
    });
    item.append(box, label, jump);
    list.append(item);
  }
  summarise(index);
}

/** The review's summary line: values by how they were placed, components ticked. */
function summarise(index) {
  const draft = review.drafts[index];
  const total = $("komponen-tinjau").children.length;
  $("ringkas-tinjau").textContent = words("ringkasTinjau", draft.hitungan, review.ticked[index].size, total);
}

/** The draft shown. */
let shown = 0;

/** Downloads the unit file of the draft shown, for its new unit folder. */
function downloadUnit() {
  if (!review) return;
  const blob = new Blob([review.drafts[shown].unit_yaml], { type: "text/yaml;charset=utf-8" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = "_unit.yaml";
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Puts draft `index` in the editor with its unit file, its traces and its source. */
function load(view, hooks, index) {
  shown = index;
  const draft = review.drafts[index];
  hooks.setUnit({ name: "_unit.yaml", text: draft.unit_yaml });
  hooks.replace(`${draft.slug}.yaml`, draft.standar);
  view.dispatch({ effects: setTraces.of(positioned(view.state.doc, draft.asal)) });
  showSource(view, draft);
  showComponents(view, index);
  follow(view.state);
}

/** Offers the drafts of a document of several services. */
function offerDrafts(view, hooks) {
  const select = $("pilih-draf");
  select.replaceChildren();
  review.drafts.forEach((draft, i) => {
    const option = document.createElement("option");
    option.value = String(i);
    option.textContent = `${draft.unit}/${draft.slug}.yaml`;
    select.append(option);
  });
  select.hidden = review.drafts.length < 2;
  select.onchange = () => load(view, hooks, Number(select.value));
}

/** Binds "Impor dokumen" and the review panel to the editor `view`; `hooks` give the
 * editor's words (`t`), its way of replacing the text and of setting the unit file. */
export function installReview(view, hooks) {
  words = hooks.t;
  $("buka-sumber").addEventListener("change", (event) => {
    const [file] = event.target.files;
    event.target.value = "";
    if (!file) return;
    if (!window.confirm(words("gantiImpor"))) return;
    file.arrayBuffer().then((buffer) => {
      const result = JSON.parse(impor(file.name, new Uint8Array(buffer)));
      if (result.galat || result.draf.length === 0) {
        $("status").textContent = words("imporGagal", file.name, result.galat || "");
        return;
      }
      review = { lines: result.sumber.split(/\r?\n/), drafts: result.draf, ticked: result.draf.map(() => new Set()) };
      if (review.lines.at(-1) === "") review.lines.pop();
      $("tinjau").hidden = false;
      offerDrafts(view, hooks);
      load(view, hooks, 0);
      $("status").textContent = words("imporSelesai", file.name, result.draf.length);
    });
  });
  $("unduh-unit").addEventListener("click", downloadUnit);
  $("tutup-tinjau").addEventListener("click", () => {
    review = null;
    $("tinjau").hidden = true;
    view.dispatch({ effects: setTraces.of([]) });
  });
}
