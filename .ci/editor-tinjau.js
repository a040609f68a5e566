// The browser editor's review view, as an officer uses it on a published document:
//   node editor-tinjau.js SITE REPO STANDAR OUT.png
// imports a document of the importer's corpus with "Impor dokumen" and checks that the draft
// in the editor is the draft `standar impor` writes; that the cursor on a requirement lights
// the source line it came from; that clicking a source line moves the cursor to its value;
// that edits above a value keep its trace; that lines no component took are marked; that
// ticking a component counts it; that a document of two services offers both drafts; axe
// (WCAG 2.1 A/AA) on the page with the review open. Saves a picture of the view to OUT.png.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const { chromium } = require("playwright-core");

const [site, repo, standar, picture] = process.argv.slice(2);
if (!site || !repo || !standar || !picture) {
  console.error("usage: node editor-tinjau.js SITE REPO STANDAR OUT.png");
  process.exit(2);
}
const problems = [];
const fail = (what) => problems.push(what);
const korpus = path.resolve(repo, "tests/fixtures/impor/korpus");

/** The draft `standar impor` writes for `file`, without its first line (the schema's
 * address, relative to where it is written). */
function cliDraft(file) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "tinjau-"));
  execFileSync(standar, ["impor", "--quiet", "--out", out, file], { stdio: ["ignore", "ignore", "ignore"] });
  const unit = fs.readdirSync(out)[0];
  const name = fs.readdirSync(path.join(out, unit)).find((n) => n !== "_unit.yaml");
  return fs.readFileSync(path.join(out, unit, name), "utf8").split("\n").slice(1).join("\n");
}

/** Imports `file` in the editor and waits for its review. */
async function importDocument(page, file) {
  page.once("dialog", (d) => d.accept());
  await page.setInputFiles("#buka-sumber", file);
  await page.waitForFunction(() => !document.getElementById("tinjau").hidden
    && document.querySelectorAll("#baris-sumber li").length > 0, null, { timeout: 10000 });
}

/** The editor's cursor on the first line holding `text`. */
async function cursorOn(page, text) {
  return page.evaluate((text) => {
    const view = window.standarEditor;
    const at = view.state.doc.toString().indexOf(text);
    view.dispatch({ selection: { anchor: at + 2 } });
    return at;
  }, text);
}

const lit = (page) => page.locator("#baris-sumber li.sorot").allTextContents();

(async () => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  page.on("console", (m) => { if (m.type() === "error") fail(`console: ${m.text()}`); });
  page.on("pageerror", (e) => fail(`page error: ${e.message}`));
  page.on("request", (r) => { if (!r.url().startsWith("file:")) fail(`request: ${r.url()}`); });
  await page.goto("file://" + path.resolve(site, "editor/index.html"));
  await page.waitForFunction(() => document.getElementById("ringkas").textContent.length > 0);

  // A document whose requirements are a numbered list under their heading.
  const document = path.join(korpus, "skck-polres.txt");
  await importDocument(page, document);
  const text = await page.evaluate(() => window.standarEditor.state.doc.toString());
  const same = text.split("\n").slice(1).join("\n") === cliDraft(document);
  if (!same) fail("the editor's draft differs from the draft standar impor writes");
  else console.log("review: the editor's draft is the draft `standar impor` writes");

  await cursorOn(page, "Fotokopi Kartu Keluarga");
  let shown = await lit(page);
  if (shown.length !== 1 || !shown[0].includes("Fotokopi Kartu Keluarga")) fail(`cursor on a requirement lights ${JSON.stringify(shown)}`);
  else console.log(`review: the cursor on a requirement lights its source line ${JSON.stringify(shown[0])}`);

  // A source line clicked: the cursor goes to the value made of it.
  await page.locator("#baris-sumber li", { hasText: "Petugas mengambil sidik jari" }).click();
  const line = await page.evaluate(() => {
    const state = window.standarEditor.state;
    return state.doc.lineAt(state.selection.main.head).text;
  });
  if (!line.includes("Petugas mengambil sidik jari")) fail(`clicking a step's source line puts the cursor on ${JSON.stringify(line)}`);
  else console.log("review: clicking a step's source line puts the cursor on the step");

  // The unit file of the draft downloads as the draft has it.
  const [unitDownload] = await Promise.all([page.waitForEvent("download"), page.click("#unduh-unit")]);
  const unitText = fs.readFileSync(await unitDownload.path(), "utf8");
  if (unitDownload.suggestedFilename() !== "_unit.yaml" || !/unit: sat intelkam polres contoh/i.test(unitText)) {
    fail(`Unduh _unit.yaml gives ${unitDownload.suggestedFilename()}: ${JSON.stringify(unitText.slice(0, 200))}`);
  } else console.log("review: Unduh _unit.yaml gives the draft's unit file");

  // Lines typed above a value: its trace moves with it.
  await page.evaluate(() => {
    const view = window.standarEditor;
    const at = view.state.doc.toString().indexOf("persyaratan:");
    view.dispatch({ changes: { from: at, insert: "# catatan petugas\n# baris kedua\n" } });
  });
  await cursorOn(page, "Fotokopi akta kelahiran");
  shown = await lit(page);
  if (shown.length !== 1 || !shown[0].includes("Fotokopi akta kelahiran")) fail(`after an edit above, the cursor on a requirement lights ${JSON.stringify(shown)}`);
  else console.log("review: after lines typed above it, a value still lights its own source line");

  // A component ticked is counted.
  const before = await page.locator("#ringkas-tinjau").textContent();
  await page.check("#diperiksa-persyaratan");
  const after = await page.locator("#ringkas-tinjau").textContent();
  if (!/1 dari \d+ komponen sudah diperiksa/.test(after)) fail(`after ticking, the summary says ${JSON.stringify(after)}`);
  else console.log(`review: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
  await cursorOn(page, "Fotokopi akta kelahiran");
  await page.screenshot({ path: picture });

  // Two services in one document, with a line no component takes: both drafts are offered,
  // and the line is marked in the source.
  const two = path.join(os.tmpdir(), "dua-layanan.txt");
  const service = (name, second) => [
    "STANDAR PELAYANAN", name, "Kecamatan Contoh", "Motto kami: melayani dengan sepenuh hati", "",
    "Persyaratan", "1. Surat pengantar RT", `2. ${second}`, "",
    "Jangka Waktu Penyelesaian", "1 hari kerja", "", "Biaya", "Tidak dipungut biaya", "",
    "Produk Pelayanan", name.replace("PELAYANAN ", ""), "",
  ];
  fs.writeFileSync(two, [
    ...service("PELAYANAN SURAT KETERANGAN USAHA", "KTP"),
    ...service("PELAYANAN SURAT KETERANGAN DOMISILI", "Kartu Keluarga"),
  ].join("\n"));
  await importDocument(page, two);
  const marked = await page.locator("#baris-sumber li.belum").allTextContents();
  const unplaced = await page.evaluate(() => window.standarEditor.state.doc.toString().includes("belum_dipetakan:"));
  if (!unplaced || marked.length === 0) fail(`belum_dipetakan in the draft: ${unplaced}; marked in the source: ${JSON.stringify(marked)}`);
  else console.log(`review: lines no component took are marked in the source: ${JSON.stringify(marked)}`);
  const offered = await page.locator("#pilih-draf option").count();
  const visible = await page.locator("#pilih-draf").isVisible();
  if (offered < 2 || !visible) fail(`a document of two services offers ${offered} drafts (visible: ${visible})`);
  else {
    await page.selectOption("#pilih-draf", "1");
    await page.waitForFunction(() => window.standarEditor.state.doc.toString().includes("Kartu Keluarga"), null, { timeout: 5000 })
      .then(() => console.log(`review: a document of two services offers ${offered} drafts; the second opens`))
      .catch(() => fail("choosing the second draft did not open it"));
  }

  // A Word annex is read in the browser as `standar impor` reads it; a PDF is sent to the
  // command line with what to do.
  const word = path.resolve(repo, "tests/fixtures/impor/varian/sk-lampiran-word.docx");
  await importDocument(page, word);
  const fromWord = await page.evaluate(() => window.standarEditor.state.doc.toString());
  if (fromWord.split("\n").slice(1).join("\n") !== cliDraft(word)) fail("the editor's draft of a Word annex differs from standar impor's");
  else console.log("review: a Word annex gives the draft `standar impor` writes");
  page.once("dialog", (d) => d.accept());
  await page.setInputFiles("#buka-sumber", path.resolve(repo, "tests/fixtures/impor/varian/sk-lampiran-pdf.pdf"));
  await page.waitForFunction(() => document.getElementById("status").textContent.includes("standar impor"), null, { timeout: 5000 })
    .then(async () => console.log(`review: a PDF is answered: ${JSON.stringify(await page.locator("#status").textContent())}`))
    .catch(() => fail("a PDF imported in the browser says nothing of what to do"));

  // axe reads the style sheets itself, which the page's policy refuses: not the page's error.
  page.removeAllListeners("console");
  const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }));
  for (const v of result.violations) fail(`axe: ${v.id} ${v.help} (${v.nodes.length})`);
  console.log(`review: axe ${result.violations.length} violations with the review open`);
  await browser.close();

  if (problems.length) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
})();
