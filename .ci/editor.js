// The browser editor of a built site, as an officer uses it, opened from file:// in
// Chromium under the page's own Content-Security-Policy:
//   node editor.js SITE REPO
// shows the schema's description on hover, reaches every toolbar control with Tab,
// loads a unit file, types a standard with an unknown key on line 3 and waits for "baris 3"
// in the "Masalah" panel, removes the key and waits for the panel to be empty, asks for
// completion after "pers", downloads the file and compares it with the editor's text; no
// request leaves file://, no console error; axe-core (WCAG 2.1 A/AA) in Indonesian and in
// English; the editor's files' size and load time are printed. Then: undo right after opening
// a file keeps it; with an error the last good preview stays, dimmed; Unduh of a changed file
// asks first; a unit file is checked as soon as it is loaded.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { chromium } = require("playwright-core");

const [site, repo] = process.argv.slice(2);
if (!site || !repo) {
  console.error("usage: node editor.js SITE REPO");
  process.exit(2);
}
const page_url = "file://" + path.resolve(site, "editor/index.html");
const unitFile = path.resolve(repo, "tests/fixtures/_unit.yaml");
const standard = fs.readFileSync(path.resolve(repo, "tests/fixtures/valid/lengkap.yaml"), "utf8");
const problems = [];
const fail = (what) => problems.push(what);

async function editorText(page) {
  return page.evaluate(() => window.standarEditor.state.doc.toString());
}

async function problemsText(page) {
  return page.locator('[aria-label="Masalah"] li').allTextContents();
}

(async () => {
  let total = 0;
  for (const name of ["index.html", "editor.js", "editor.css"]) {
    const bytes = fs.readFileSync(path.join(site, "editor", name));
    total += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  console.log(`editor files: ${(total / 1e6).toFixed(2)} MB gzip (budget 3 MB)`);
  if (total > 3e6) fail(`editor files ${total} bytes gzip, over 3 MB`);

  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") fail(`console: ${m.text()}`); });
  page.on("pageerror", (e) => fail(`page error: ${e.message}`));
  page.on("request", (r) => { if (!r.url().startsWith("file:")) fail(`request: ${r.url()}`); });

  const started = Date.now();
  await page.goto(page_url);
  await page.waitForFunction(() => document.getElementById("ringkas").textContent.length > 0);
  console.log(`editor: ready in ${Date.now() - started} ms from file://`);

  // A new standard opens with guidance, not with every blank listed as a problem.
  const first = await page.evaluate(() => ({
    guidance: !document.getElementById("panduan").hidden,
    listed: document.querySelectorAll('[aria-label="Masalah"] li').length,
    underlined: document.getElementById("teks").shadowRoot.querySelectorAll(".cm-lintRange").length,
    summary: document.getElementById("ringkas").textContent,
  }));
  if (!first.guidance || first.listed > 0 || first.underlined > 0) fail(`a new standard opens with ${JSON.stringify(first)}`);
  else console.log(`editor: a new standard opens with guidance (${first.summary}), no problem listed`);

  // Hover help from the schema, in Indonesian.
  const keyLine = page.locator(".cm-line", { hasText: "versi_format" }).first();
  const box = await keyLine.boundingBox();
  await page.mouse.move(box.x + 15, box.y + box.height / 2);
  try {
    await page.waitForSelector(".cm-tooltip-hover", { timeout: 5000 });
    const help = await page.locator(".cm-tooltip-hover").first().textContent();
    if (!help.includes("Versi format berkas ini")) fail(`hover shows ${JSON.stringify(help.slice(0, 120))}`);
    else console.log("editor: hovering versi_format shows the schema's Indonesian description");
  } catch {
    fail("no hover help on versi_format");
  }
  await page.mouse.move(0, 0);

  // Keyboard only: every control of the toolbar is reached with Tab, and the file buttons
  // show where the focus is.
  const reached = [];
  let outlined = false;
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => document.activeElement && document.activeElement.id);
    reached.push(id);
    if (id === "buka") {
      outlined = await page.evaluate(() =>
        getComputedStyle(document.querySelector('label[for="buka"]')).outlineStyle === "solid");
    }
  }
  for (const id of ["baru", "buka", "buka-unit", "unduh", "lihat-yaml", "lihat-formulir", "bahasa"]) {
    if (!reached.includes(id)) fail(`Tab never reaches #${id}: ${JSON.stringify(reached)}`);
  }
  if (!outlined) fail("the focused 'Buka .yaml' button shows no outline");

  // The unit file, then the standard with an unknown key typed on line 3.
  await page.setInputFiles("#buka-unit", unitFile);
  await page.evaluate((text) => {
    const view = window.standarEditor;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    const line3 = view.state.doc.line(3);
    view.dispatch({ changes: { from: line3.from, insert: "\n" }, selection: { anchor: line3.from } });
    view.focus();
  }, standard);
  await page.keyboard.type("kunci_asing: 1");
  await page.keyboard.press("Escape");
  try {
    await page.waitForFunction(
      () => Array.from(document.querySelectorAll('[aria-label="Masalah"] li'))
        .some((li) => li.textContent.startsWith("baris 3, kolom 1:") && li.textContent.includes("[kunci-tidak-dikenal]")),
      null, { timeout: 5000 });
    console.log("editor: the unknown key is listed as 'baris 3, kolom 1: … [kunci-tidak-dikenal]'");
  } catch {
    fail(`no "baris 3" in Masalah: ${JSON.stringify(await problemsText(page))}`);
  }
  // Under the problem, how to fix it: the registry's explanation, opened by a click.
  const problem = page.locator('[aria-label="Masalah"] li', { hasText: "baris 3" }).first();
  await problem.locator("summary", { hasText: "Cara memperbaiki" }).click();
  const fix = await problem.locator(".penjelasan").innerText();
  if (!fix.includes("Periksa ejaan kunci") || !fix.includes("persyaratan:")) {
    fail(`no explanation under the unknown key: ${JSON.stringify(fix)}`);
  }
  const codeSpan = await problem.locator(".penjelasan p code").first().textContent();
  if (fix.includes("`") || codeSpan !== "keterangan") {
    fail(`the explanation shows Markdown instead of code: ${JSON.stringify(fix)}`);
  }
  console.log("editor: 'Cara memperbaiki' under the problem explains it (code as code), with the example written right");
  // The check's own time, as the status reports it.
  const status = await page.textContent("#status");
  const ms = Number((status.match(/diperiksa dalam (\d+) ms/) || [])[1]);
  console.log(`editor: ${status}`);
  if (!(ms < 100)) fail(`a check took ${ms} ms (target under 100 ms): ${status}`);

  // Clicking the problem moves the cursor to it.
  await page.locator('[aria-label="Masalah"] li button', { hasText: "baris 3" }).first().click();
  const cursorLine = await page.evaluate(() => {
    const view = window.standarEditor;
    return view.state.doc.lineAt(view.state.selection.main.head).number;
  });
  if (cursorLine !== 3) fail(`clicking the problem put the cursor on line ${cursorLine}`);

  // Fixed: the line removed with the keyboard; the list empties.
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("Delete");
  try {
    await page.waitForFunction(
      () => document.querySelectorAll('[aria-label="Masalah"] li').length === 0, null, { timeout: 5000 });
    console.log("editor: fixed, the Masalah list is empty");
  } catch {
    fail(`Masalah not empty after the fix: ${JSON.stringify(await problemsText(page))}`);
  }
  if ((await editorText(page)) !== standard) fail("the text after the fix differs from the fixture");

  // The preview: the page with its flowchart, then the board, which follows the text and
  // the paper chosen.
  // The preview is a frame sandboxed without scripts; the editor (same origin) fills it.
  const shadow = (selector) => page.evaluate((sel) => {
    const frame = document.querySelector("#layar iframe");
    const root = frame && frame.contentDocument;
    return root ? Array.from(root.querySelectorAll(sel)).map((e) => e.textContent || e.getAttribute("src") || "") : [];
  }, selector);
  try {
    await page.waitForFunction(() => {
      const frame = document.querySelector("#layar iframe");
      const root = frame && frame.contentDocument && frame.contentDocument.body;
      return root && root.textContent.includes("Penyewaan Gedung Serbaguna");
    }, null, { timeout: 5000 });
    const charts = (await shadow("img")).filter((src) => src.startsWith("data:image/svg+xml"));
    if (charts.length === 0) fail("the page preview shows no flowchart");
    console.log(`editor: page preview shows the standard with ${charts.length} flowchart(s); ${await page.textContent("#keadaan-pratinjau")}`);
  } catch {
    fail("the page preview does not show the standard");
  }
  // The preview (and the Masalah panel) can take the whole window; Esc brings it back.
  await page.click("#perbesar-pratinjau");
  const full = await page.evaluate(() => {
    const r = document.getElementById("pratinjau").getBoundingClientRect();
    return { width: r.width, height: r.height, pressed: document.getElementById("perbesar-pratinjau").getAttribute("aria-pressed") };
  });
  await page.keyboard.press("Escape");
  const back = await page.evaluate(() => document.getElementById("pratinjau").classList.contains("penuh"));
  if (full.width < 1300 || full.height < 850 || full.pressed !== "true" || back) fail(`full-size preview: ${JSON.stringify(full)}, still full after Esc: ${back}`);
  else console.log(`editor: the preview opens at full size (${Math.round(full.width)} × ${Math.round(full.height)}) and Esc closes it`);
  await page.click("#lihat-papan");
  await page.selectOption("#kertas", "a4");
  try {
    await page.waitForFunction(() => {
      const frame = document.querySelector("#layar iframe");
      const root = frame && frame.contentDocument && frame.contentDocument.body;
      return root && root.querySelector(".lembar.lembar-a4");
    }, null, { timeout: 5000 });
  } catch {
    fail("the board preview shows no A4 sheet");
  }
  await page.evaluate(() => {
    const view = window.standarEditor;
    const at = view.state.doc.toString().indexOf("Penyewaan Gedung Serbaguna");
    view.dispatch({ changes: { from: at, to: at + "Penyewaan".length, insert: "Peminjaman" } });
  });
  try {
    await page.waitForFunction(() => {
      const frame = document.querySelector("#layar iframe");
      const root = frame && frame.contentDocument && frame.contentDocument.body;
      return root && root.querySelector(".lembar") && root.textContent.includes("Peminjaman Gedung Serbaguna");
    }, null, { timeout: 5000 });
    console.log("editor: the board preview follows the text as it is typed");
  } catch {
    fail("the board preview did not update after the name changed");
  }
  await page.evaluate((text) => {
    const view = window.standarEditor;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }, standard);
  await page.click("#lihat-halaman");

  // The form view edits the same text: one field changed, one line changed, comments kept.
  await page.click("#lihat-formulir");
  await page.fill("#isian-0", "Peminjaman Gedung Serbaguna");
  try {
    await page.waitForFunction(() =>
      window.standarEditor.state.doc.toString().includes("nama: Peminjaman Gedung Serbaguna"), null, { timeout: 5000 });
    const after = (await editorText(page)).split("\n");
    const changed = after.filter((line, i) => line !== standard.split("\n")[i]);
    if (changed.length !== 1) fail(`the form changed ${changed.length} lines: ${JSON.stringify(changed.slice(0, 5))}`);
    else console.log("editor: the form view changed the name's line and nothing else");
  } catch {
    fail("the form view did not change the text");
  }
  // Opening hours as lines in the form become the YAML list; a line that does not read is
  // named and left out.
  const hoursField = await page.evaluate(() => Array.from(document.querySelectorAll("#formulir label"))
    .find((l) => /jam pelayanan/i.test(l.textContent)).htmlFor);
  await page.fill(`#${hoursField}`, "senin, selasa, rabu, kamis: 08.00-15.30\njumat 08.00");
  try {
    await page.waitForFunction(() => {
      const text = window.standarEditor.state.doc.toString();
      return text.includes("jam: 08.00-15.30") && text.includes("- kamis");
    }, null, { timeout: 5000 });
    const note = await page.evaluate((id) => document.getElementById(id).parentElement.querySelector(".catatan").textContent, hoursField);
    if (!note.includes("2")) fail(`the unreadable line is not named: ${JSON.stringify(note)}`);
    else console.log(`editor: opening hours typed as lines in the form became YAML; ${note}`);
  } catch {
    fail("the form's opening hours did not reach the text");
  }
  // With the YAML broken in one component, the fields of the others still read and write;
  // the broken part is kept as it is and its field says why it is closed.
  const broken = standard.replace(/^produk:$/m, 'produk:\n  - "kutip tidak ditutup');
  if (broken === standard) fail("the standard has no produk: line to break");
  await page.evaluate((text) => {
    const view = window.standarEditor;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }, broken);
  const productField = await page.evaluate(() => Array.from(document.querySelectorAll("#formulir label"))
    .find((l) => /produk/i.test(l.textContent)).htmlFor);
  try {
    await page.waitForFunction((id) => document.getElementById(id).disabled, productField, { timeout: 5000 });
    await page.fill("#isian-0", "Nama Baru Saat Teks Rusak");
    await page.waitForFunction(() =>
      window.standarEditor.state.doc.toString().includes("nama: Nama Baru Saat Teks Rusak"), null, { timeout: 5000 });
    const after = await editorText(page);
    if (!after.includes('  - "kutip tidak ditutup')) fail("the broken part was not kept as written");
    else if (after.split("\n").length !== broken.split("\n").length) fail("the form changed more than the name's line");
    else console.log("editor: with produk broken, the form still changes the name and keeps the broken part; the produk field is closed");
  } catch (e) {
    fail(`the form is not usable when another part is broken: ${e.message.split("\n")[0]}`);
  }
  await page.click("#lihat-yaml");
  await page.evaluate((text) => {
    const view = window.standarEditor;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }, standard);

  // Completion from the schema, in a standard that has no requirements yet (keys already
  // written are not offered again).
  const before = await editorText(page);
  await page.evaluate(() => {
    const view = window.standarEditor;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: "versi_format: 1\n" } });
    view.dispatch({ selection: { anchor: view.state.doc.length } });
    view.focus();
  });
  await page.keyboard.type("pers");
  try {
    await page.waitForSelector(".cm-tooltip-autocomplete", { timeout: 5000 });
    const offered = await page.locator(".cm-tooltip-autocomplete li").allTextContents();
    if (!offered.some((o) => o.includes("persyaratan"))) fail(`completion offers ${JSON.stringify(offered)}`);
    else console.log(`editor: completion after "pers" offers ${JSON.stringify(offered.slice(0, 3))}`);
  } catch {
    fail("no completion after typing pers");
  }
  // Accepting a list key inserts its skeleton: the indented dash, the cursor after it.
  await page.keyboard.press("Escape");
  await page.evaluate(() => {
    const view = window.standarEditor;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: "versi_format: 1\n" } });
    view.dispatch({ selection: { anchor: view.state.doc.length } });
    view.focus();
  });
  for (const [typed, label, expected] of [
    ["persyar", "persyaratan", "versi_format: 1\npersyaratan:\n  - Fotokopi KTP"],
    ["penyeleng", "penyelenggara", "penyelenggara:\n  pemerintah: Fotokopi KTP\n  unit: "],
  ]) {
    await page.keyboard.type(typed);
    try {
      await page.waitForSelector(".cm-tooltip-autocomplete", { timeout: 5000 });
      await page.locator(".cm-tooltip-autocomplete li[aria-selected=true]", { hasText: label }).waitFor({ timeout: 5000 });
      // CodeMirror ignores a key pressed within 75 ms of the list opening.
      await page.waitForTimeout(150);
      await page.keyboard.press("Enter");
      await page.keyboard.type("Fotokopi KTP");
      const text = await editorText(page);
      if (!text.includes(expected)) fail(`completing ${label} gave ${JSON.stringify(text)}`);
      else console.log(`editor: completing ${label} inserts its skeleton: ${JSON.stringify(expected)}`);
    } catch (e) {
      fail(`no completion to accept after typing ${typed}: ${e.message.split("\n")[0]}`);
    }
    await page.keyboard.press("Escape");
    await page.evaluate(() => {
      const view = window.standarEditor;
      view.dispatch({ changes: { from: view.state.doc.length, insert: "\n" }, selection: { anchor: view.state.doc.length + 1 } });
    });
  }
  await page.keyboard.press("Escape");
  await page.evaluate((text) => {
    const view = window.standarEditor;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }, before);

  // The download is the editor's text, byte for byte, under the file's name.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#unduh")]);
  const saved = fs.readFileSync(await download.path(), "utf8");
  if (saved !== (await editorText(page))) fail("the downloaded file differs from the editor's text");
  else console.log(`editor: downloaded ${download.suggestedFilename()}, identical to the editor's text`);

  // Opening a file starts a new history: undo never goes back into the text it replaced.
  const otherPath = path.resolve(repo, "tests/fixtures/valid/minimal.yaml");
  const other = fs.readFileSync(otherPath, "utf8");
  await page.setInputFiles("#buka", otherPath);
  await page.waitForFunction((t) => window.standarEditor.state.doc.toString() === t, other, { timeout: 5000 });
  await page.evaluate(() => window.standarEditor.focus());
  await page.keyboard.press("Control+z");
  await page.keyboard.press("Control+z");
  if ((await editorText(page)) !== other) fail("undo after opening a file went back into the text it replaced");
  else console.log("editor: undo right after opening a file keeps the opened file");

  // With errors, the last good preview stays, dimmed.
  await page.waitForFunction(() => {
    const frame = document.querySelector("#layar iframe");
    const body = frame && frame.contentDocument && frame.contentDocument.body;
    return body && body.textContent.includes("Layanan minimal") && !frame.classList.contains("basi");
  }, null, { timeout: 5000 }).catch(() => fail("no preview of the opened file"));
  await page.evaluate(() => {
    const view = window.standarEditor;
    view.dispatch({ changes: { from: view.state.doc.length, insert: "\nkunci_asing: 1\n" } });
  });
  try {
    await page.waitForFunction(() => {
      const frame = document.querySelector("#layar iframe");
      return frame.classList.contains("basi") && frame.contentDocument.body.textContent.includes("Layanan minimal");
    }, null, { timeout: 5000 });
    console.log(`editor: with an error the last good preview stays, dimmed: ${await page.textContent("#keadaan-pratinjau")}`);
  } catch {
    fail("with an error the preview was emptied or not dimmed");
  }

  // Unduh of a text other than the opened file's says so before it is saved under that name.
  let asked = "";
  page.once("dialog", (dialog) => { asked = dialog.message(); dialog.dismiss(); });
  await page.click("#unduh");
  await page.waitForTimeout(300);
  if (!asked.includes("minimal.yaml")) fail(`Unduh of a changed file asked ${JSON.stringify(asked)}`);
  else console.log(`editor: Unduh of a changed file asks first: ${JSON.stringify(asked.slice(0, 60))}…`);
  await page.evaluate((text) => {
    const view = window.standarEditor;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }, other);

  // Loading a unit file checks the standard again at once, without a keystroke.
  const brokenUnit = path.join(fs.mkdtempSync(path.join(require("os").tmpdir(), "unit-")), "_unit.yaml");
  fs.writeFileSync(brokenUnit, "versi_format: 1\npenyelenggara: [\n");
  await page.waitForFunction(() => document.querySelectorAll('[aria-label="Masalah"] li.galat').length === 0, null, { timeout: 5000 })
    .catch(() => fail("the opened file has errors before the unit file changes"));
  await page.setInputFiles("#buka-unit", brokenUnit);
  try {
    await page.waitForFunction(() => Array.from(document.querySelectorAll('[aria-label="Masalah"] li'))
      .some((li) => li.textContent.includes("_unit.yaml")), null, { timeout: 3000 });
    console.log("editor: a broken unit file is reported as soon as it is loaded");
  } catch {
    fail(`loading a unit file did not check again: ${JSON.stringify(await problemsText(page))}`);
  }
  await page.setInputFiles("#buka-unit", unitFile);
  await page.waitForFunction(() => !Array.from(document.querySelectorAll('[aria-label="Masalah"] li'))
    .some((li) => li.textContent.includes("_unit.yaml")), null, { timeout: 3000 })
    .catch(() => fail("the good unit file did not clear its problems"));

  // A closed tab loses nothing: the draft comes back.
  const text = await editorText(page);
  await page.reload();
  await page.waitForFunction(() => document.getElementById("ringkas").textContent.length > 0);
  if ((await editorText(page)) !== text) fail("the draft was not restored after a reload");
  await browser.close();

  // axe-core, injected as a script, which the page's policy refuses: a second browser.
  const axeBrowser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  const axeContext = await axeBrowser.newContext({ bypassCSP: true });
  const axePage = await axeContext.newPage();
  const axe = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  for (const language of ["id", "en"]) {
    await axePage.goto(page_url);
    await axePage.waitForFunction(() => document.getElementById("ringkas").textContent.length > 0);
    if (language === "en") await axePage.click("#bahasa");
    else await axePage.click("#lihat-formulir"); // the form view in Indonesian, the code view in English
    await axePage.addScriptTag({ content: axe });
    const result = await axePage.evaluate(() =>
      axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
    for (const v of result.violations) fail(`axe (${language}): ${v.id}: ${v.help}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
    console.log(`editor: axe (${language}) ${result.violations.length} violations`);
  }
  await axeBrowser.close();

  if (problems.length) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
