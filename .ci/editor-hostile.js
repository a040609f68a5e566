// The browser editor under attack, opened from file:// in Chromium under its own policy:
//   node editor-hostile.js SITE
// - every payload of an XSS catalogue, placed in YAML values, in keys, in a loaded
//   _unit.yaml and in file names, runs nowhere: not in the editor, not in its preview (a
//   frame sandboxed without scripts), not as a dialog, not as a request;
// - a saved draft another local page could plant (fields of the wrong type, a huge text) does
//   not stop the editor from opening, and is dropped;
// - a draft whose last check never ended is restored without being checked;
// - the value that once took seconds to check (60 KB of words around a duration) is checked
//   in well under a second.
const path = require("path");
const { chromium } = require("playwright-core");

const [site] = process.argv.slice(2);
if (!site) {
  console.error("usage: node editor-hostile.js SITE");
  process.exit(2);
}
const pageUrl = "file://" + path.resolve(site, "editor/index.html");
const problems = [];
const fail = (what) => problems.push(what);

// Each sets `top.__xss` (or opens a dialog, or fetches) if it ever runs.
const RUN = "top.__xss=(top.__xss||0)+1";
const PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}"></svg>`,
  `"><script>${RUN}</script>`,
  `'><img src=x onerror=${RUN}>`,
  `</textarea><script>${RUN}</script>`,
  `</title><script>${RUN}</script>`,
  `<iframe srcdoc="<script>${RUN}</script>"></iframe>`,
  `<a href="javascript:${RUN}">tautan</a>`,
  `javascript:${RUN}`,
  `[tautan](javascript:${RUN})`,
  `<details open ontoggle="${RUN}">x</details>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`,
  `<body onload="${RUN}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="https://contoh.invalid/">`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<form action="javascript:${RUN}"><button>x</button></form>`,
  `<input autofocus onfocus="${RUN}">`,
  `<style>@import "https://contoh.invalid/x.css";</style>`,
  `<link rel="stylesheet" href="https://contoh.invalid/x.css">`,
  `{{constructor.constructor('${RUN}')()}}`,
  "${" + RUN + "}",
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<svg><animate onbegin="${RUN}" attributeName="x" dur="1s"/></svg>`,
  `<video><source onerror="${RUN}"></video>`,
  `\u202e<script>${RUN}</script>`,
];

/** A valid standard with `payload` in its name, description, a requirement, a step, the
 * fee and the product (previewed as a page and a board). */
function standard(payload) {
  const quoted = JSON.stringify(payload);
  return [
    "versi_format: 1",
    `nama: ${quoted}`,
    `deskripsi: ${quoted}`,
    "persyaratan:",
    `  - ${quoted}`,
    "prosedur:",
    "  alur:",
    "    - langkah:",
    `        - uraian: ${quoted}`,
    "jangka_waktu:",
    "  total: 60 menit",
    "biaya:",
    `  gratis: ${quoted}`,
    "produk:",
    `  - ${quoted}`,
    "",
  ].join("\n");
}

/** A standard with `payload` as a key and as a value where none belongs (the Masalah panel
 * quotes both). */
function wrongStandard(payload) {
  const quoted = JSON.stringify(payload);
  return `versi_format: 1\nnama: x\n${quoted}: 1\njangka_waktu:\n  total: ${quoted}\n`;
}

/** A valid unit file with `payload` in its texts (the preview shows them). */
function unitFile(payload) {
  const quoted = JSON.stringify(payload);
  return [
    "versi_format: 1",
    "penyelenggara:",
    `  pemerintah: ${quoted}`,
    `  unit: ${quoted}`,
    `  alamat: ${quoted}`,
    "jam_pelayanan:",
    "  - hari: [senin, selasa]",
    "    jam: 08.00-15.30",
    "maklumat:",
    "  penandatangan:",
    `    jabatan: ${quoted}`,
    `    nama: ${quoted}`,
    "pengaduan:",
    "  saluran:",
    "    - jenis: langsung",
    `      keterangan: ${quoted}`,
    "",
  ].join("\n");
}

async function ready(page) {
  await page.waitForFunction(
    () => document.getElementById("ringkas").textContent.length > 0, null, { timeout: 20000 });
}

async function ran(page) {
  return page.evaluate(() => {
    const frame = document.querySelector("#layar iframe");
    let inFrame = 0;
    try {
      inFrame = (frame && frame.contentWindow.__xss) || 0;
      if (frame && !frame.contentDocument.__watched) {
        frame.contentDocument.__watched = true;
        frame.contentDocument.addEventListener("securitypolicyviolation",
          (e) => window.__refused.push(`frame: ${e.violatedDirective} ${e.blockedURI}`));
      }
    } catch {
      inFrame = 0;
    }
    const refused = window.__refused.splice(0);
    return { count: (window.__xss || 0) + inFrame, refused };
  });
}

(async () => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.on("dialog", (d) => { fail(`a dialog opened: ${d.message()}`); d.dismiss(); });
  page.on("pageerror", (e) => fail(`page error: ${e.message}`));
  page.on("request", (r) => { if (!r.url().startsWith("file:") && !r.url().startsWith("data:") && r.url() !== "about:srcdoc") fail(`request: ${r.url()}`); });
  // Anything the policies refused (an inline handler, a script, a style or font from
  // elsewhere) was an attempt to run or fetch: counted in the editor and in the preview.
  await page.addInitScript(() => {
    window.__refused = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__refused.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(pageUrl);
  await ready(page);

  // Every payload in values, keys and the unit file, and as the names of both files.
  const refusedValid = [];
  const open = async (selector, name, text) => {
    await page.setInputFiles(selector, { name, mimeType: "text/yaml", buffer: Buffer.from(text) });
  };
  for (const payload of PAYLOADS) {
    const name = `${payload.replace(/\//g, "∕")}.yaml`;
    await open("#buka-unit", name, unitFile(payload));
    // A file name that is no slug is itself an error: the valid standard keeps a plain one.
    for (const [fileName, text] of [["layanan.yaml", standard(payload)], [name, wrongStandard(payload)]]) {
      await page.evaluate(() => { document.getElementById("status").textContent = ""; });
      await open("#buka", fileName, text);
      await page.waitForFunction(
        (expected) => window.standarEditor.state.doc.toString() === expected, text, { timeout: 10000 });
      // The check and the preview have run when the status names the file again.
      await page.waitForFunction(() => /diperiksa|checked/.test(document.getElementById("status").textContent),
        null, { timeout: 10000 });
      for (const view of ["#lihat-papan", "#lihat-halaman"]) {
        await page.click(view);
        await page.waitForTimeout(100);
      }
      const shown = await page.evaluate((expected) => {
        const frame = document.querySelector("#layar iframe");
        const body = frame && frame.contentDocument && frame.contentDocument.body;
        return Boolean(body && body.textContent.includes(expected));
      }, payload.slice(0, 12));
      // A standard the check refuses (the direction-changing character) has no preview.
      const refused = await page.evaluate(() => /galat/.test(document.getElementById("ringkas").textContent)
        && !/^0 galat/.test(document.getElementById("ringkas").textContent));
      if (text === standard(payload) && !shown) {
        if (refused) refusedValid.push(payload);
        else fail(`not previewed: ${payload}`);
      }
      const { count, refused: blocked } = await ran(page);
      if (count > 0) fail(`payload ran ${count} time(s): ${payload}`);
      if (blocked.length > 0) fail(`the policy had to refuse ${JSON.stringify(blocked)} for: ${payload}`);
    }
  }
  if (refusedValid.some((p) => !p.startsWith("\u202e"))) fail(`refused by the check: ${JSON.stringify(refusedValid)}`);
  const sandbox = await page.evaluate(() => {
    const frame = document.querySelector("#layar iframe");
    return frame ? frame.getAttribute("sandbox") : null;
  });
  if (sandbox !== "allow-same-origin") fail(`the preview frame's sandbox is ${JSON.stringify(sandbox)}`);
  console.log(`editor: ${PAYLOADS.length} payloads in values, keys, _unit.yaml and file names ran nowhere (${PAYLOADS.length - refusedValid.length} previewed in the sandboxed frame, ${refusedValid.length} refused by the check)`);

  // Drafts another local page could plant: the editor opens, and drops them.
  const planted = [
    JSON.stringify({ text: "versi_format: 1\n", name: { x: 1 } }),
    JSON.stringify({ text: "versi_format: 1\n", name: "a.yaml", unit: { name: 7, text: ["x"] } }),
    JSON.stringify({ text: 12, name: "a.yaml" }),
    "{not json",
    JSON.stringify({ text: "nama: x\n".repeat(330000), name: "besar.yaml" }),
  ];
  for (const draft of planted) {
    await page.evaluate((value) => localStorage.setItem("standar-penyunting", value), draft);
    await page.reload();
    try {
      await ready(page);
    } catch {
      fail(`the editor did not open with the planted draft ${draft.slice(0, 60)}`);
    }
  }
  console.log(`editor: opened with each of ${planted.length} planted drafts`);

  // The value that took seconds to check before: under a second now, in the browser.
  const slow = `versi_format: 1\nnama: Bom\njangka_waktu:\n  total: "2 hari ${"kata ".repeat(12000)}"\n`;
  await page.evaluate((text) => {
    document.getElementById("status").textContent = "";
    const view = window.standarEditor;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }, slow);
  await page.waitForFunction(() => /diperiksa dalam (\d+) ms/.test(document.getElementById("status").textContent),
    null, { timeout: 20000 });
  const status = await page.textContent("#status");
  const ms = Number((status.match(/diperiksa dalam (\d+) ms/) || [])[1]);
  if (!(ms < 1000)) fail(`60 KB of words around a duration took ${ms} ms to check`);
  console.log(`editor: 60 KB of words around a duration checked in ${ms} ms`);

  // A check that never ended (the tab froze or was closed mid-way): the draft comes back
  // unchecked, and is checked when asked.
  await page.evaluate(() => localStorage.setItem("standar-penyunting-memeriksa", "1"));
  await page.reload();
  await ready(page);
  const restored = await page.textContent("#status");
  if (!/tidak selesai/.test(restored)) fail(`after an unfinished check the status says ${JSON.stringify(restored)}`);
  if (await page.isHidden("#periksa-sekarang")) fail("no Periksa button after an unfinished check");
  await page.click("#periksa-sekarang");
  await page.waitForFunction(() => /diperiksa/.test(document.getElementById("status").textContent),
    null, { timeout: 20000 });
  console.log("editor: a draft whose check never ended is restored unchecked, and checked on request");
  await browser.close();

  if (problems.length) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
