// Browser checks of a built site, in Debian's Chromium driven by playwright-core.
//   node browser.js axe SITE      axe-core (WCAG 2.1 A/AA) on the index, every unit page and every standard page
//   node browser.js papan SITE    every board: no text outside its sheet after the fitting script ran
// Exits 1 with a report when a check fails.
"use strict";
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const [mode, site] = process.argv.slice(2);
if (!["axe", "papan"].includes(mode) || !site) {
  console.error("usage: node browser.js axe|papan SITE");
  process.exit(2);
}

function files(dir, name) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(full, name));
    else if (entry.name === name) out.push(full);
  }
  return out.sort();
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  // axe is injected as a script, which the pages' Content-Security-Policy would refuse.
  const context = await browser.newContext({ bypassCSP: mode === "axe" });
  let failures = 0;
  if (mode === "axe") {
    const axe = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
    const pages = files(site, "index.html");
    for (const file of pages) {
      const page = await context.newPage();
      await page.goto("file://" + path.resolve(file));
      await page.addScriptTag({ content: axe });
      const result = await page.evaluate(async () =>
        // eslint-disable-next-line no-undef
        axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
      for (const v of result.violations) {
        failures += 1;
        console.error(`${file}: ${v.id} (${v.impact}): ${v.help}`);
        for (const node of v.nodes.slice(0, 5)) console.error(`    ${node.target.join(" ")}: ${node.failureSummary}`);
      }
      await page.close();
    }
    console.log(`axe: ${pages.length} pages, ${failures} violations`);
  } else {
    const boards = files(site, "papan.html");
    for (const file of boards) {
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
      await page.goto("file://" + path.resolve(file));
      await page.emulateMedia({ media: "print" });
      const sheets = await page.evaluate(() => Array.from(document.querySelectorAll(".lembar")).map((l) => {
        const isi = l.querySelector(".papan-isi");
        return {
          kelas: l.className,
          meluap: l.getAttribute("data-meluap") === "ya" || isi.scrollHeight > isi.clientHeight + 1 ||
            isi.scrollWidth > isi.clientWidth + 1 || l.scrollHeight > l.clientHeight + 1,
        };
      }));
      for (const s of sheets) {
        if (s.meluap) { failures += 1; console.error(`${file}: text overflows the sheet (${s.kelas})`); }
      }
      for (const e of errors) { failures += 1; console.error(`${file}: ${e}`); }
      if (sheets.length === 0) { failures += 1; console.error(`${file}: no sheet`); }
      await page.close();
    }
    console.log(`boards: ${boards.length} files, ${failures} problems`);
  }
  await browser.close();
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((e) => { console.error(e); process.exit(1); });
