// The draft kept in the browser's storage between visits.

/** The storage key of the draft. */
export const STORE = "standar-penyunting";
/** The largest text kept: what `standar check` reads of one file (2 MiB). */
export const TEXT_LIMIT = 2 * 1024 * 1024;

/** A file name as the editor shows and downloads it: a plain name, else the default. */
export function plainName(name, fallback) {
  return typeof name === "string" && /^[^/\\\u0000-\u001f\u007f]{1,200}$/.test(name) ? name : fallback;
}

/** The saved draft, if this browser holds one that is whole. Any page of this origin (every
 * local file, under file://) can write it: each field is checked, nothing is trusted. */
export function saved() {
  try {
    const stored = localStorage.getItem(STORE);
    if (stored === null || stored.length > 3 * TEXT_LIMIT) return null;
    const draft = JSON.parse(stored);
    if (!draft || typeof draft.text !== "string" || draft.text.length > TEXT_LIMIT) return null;
    const unitOk = draft.unit && typeof draft.unit.text === "string" && draft.unit.text.length <= TEXT_LIMIT;
    return {
      text: draft.text,
      name: plainName(draft.name, "layanan-baru.yaml"),
      unit: unitOk ? { name: plainName(draft.unit.name, "_unit.yaml"), text: draft.unit.text } : null,
      lang: draft.lang === "en" ? "en" : "id",
    };
  } catch {
    return null;
  }
}

