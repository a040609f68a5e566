// Browser checks of a built site, in Debian's Chromium driven by playwright-core.
//   node browser.js axe SITE      axe-core (WCAG 2.1 A/AA) on the index, unit, standard and audit pages
//   node browser.js papan SITE    every board as the build laid it out: no column overflows (so the
//                                 safety script moved nothing), every text at least the paper's
//                                 minimum size, key facts at 1.5 times, item numbers whole, sheet 1
//                                 opening with the summary at the paper's summary size
//   node browser.js lebar SITE    every HTML page at 320 and 390 CSS px wide: nothing scrolls sideways
//   node browser.js cari SITE     the index on a 360 × 800 phone: a folder name finds its service,
//                                 a typo finds it too with "Maksud Anda …?", the results right
//                                 under the search box (visible with the keyboard open)
//   node browser.js lipatan SITE  every standard page on a 360 × 800 phone: the whole summary
//                                 (requirements, time, fee, product, complaint channel) in the first screen
//   node browser.js svg SITE      every published SVG (logo, flowcharts, any other) opened on its own, as a
//                                 visitor following a link would: no dialog (alert hook), no script error, no
//                                 request beyond the file itself, no script, foreignObject or on… attribute
//   node browser.js bagan SITE [PNG-DIR]  every flowchart: rendered to PNG, not blank, no text
//                                 outside its symbol or outside the drawing
// Exits 1 with a report when a check fails.
"use strict";
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const [mode, site] = process.argv.slice(2);
const pngDir = process.argv[4];
if (!["axe", "papan", "bagan", "lebar", "lipatan", "cari", "svg"].includes(mode) || !site) {
  console.error("usage: node browser.js axe|papan|bagan|lebar|lipatan|cari|svg SITE [PNG-DIR]");
  process.exit(2);
}

function files(dir, name) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(full, name));
    else if (name instanceof RegExp ? name.test(entry.name) : entry.name === name) out.push(full);
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
    const pages = files(site, /^(index|audit)\.html$/);
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
  } else if (mode === "bagan") {
    const charts = files(site, /^alur(-\d+)?\.svg$/);
    for (const file of charts) {
      const page = await context.newPage();
      await page.goto("file://" + path.resolve(file));
      // Text must stay inside its symbol (the area in data-kotak) and inside the drawing.
      const problems = await page.evaluate(() => {
        const out = [];
        const svg = document.documentElement;
        const [, , vw, vh] = svg.getAttribute("viewBox").split(" ").map(Number);
        for (const text of svg.querySelectorAll("text")) {
          const b = text.getBBox();
          if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > vw + 0.5 || b.y + b.height > vh + 0.5) {
            out.push(`text outside the drawing: "${text.textContent}"`);
          }
        }
        for (const g of svg.querySelectorAll("g.simbol")) {
          const [x, y, w, h] = g.getAttribute("data-kotak").split(" ").map(Number);
          for (const text of g.querySelectorAll("text")) {
            const b = text.getBBox();
            // Glyph boxes include the font's ascent and descent; allow 3 px above and below.
            if (b.x < x - 0.5 || b.x + b.width > x + w + 0.5 || b.y < y - 3 || b.y + b.height > y + h + 3) {
              out.push(`text outside its ${g.getAttribute("class")}: "${text.textContent}" ` +
                `(${b.x.toFixed(1)},${b.y.toFixed(1)} ${b.width.toFixed(1)}x${b.height.toFixed(1)} in ${x},${y} ${w}x${h})`);
            }
          }
        }
        return out;
      });
      // Render to PNG in the page (the chart's own markup drawn on a canvas), save it, and
      // check it is not blank by counting pixels that are not white.
      const { png, inked } = await page.evaluate(async () => {
        const svg = document.documentElement;
        const [, , w, h] = svg.getAttribute("viewBox").split(" ").map(Number);
        const img = new Image();
        img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(new XMLSerializer().serializeToString(svg));
        await img.decode();
        const canvas = document.createElementNS("http://www.w3.org/1999/xhtml", "canvas");
        canvas.width = Math.ceil(w);
        canvas.height = Math.ceil(h);
        const ctx = canvas.getContext("2d");
        ctx.fillStyle = "#fff";
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(img, 0, 0);
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 200 || pixels[i + 1] < 200 || pixels[i + 2] < 200) n++;
        return { png: canvas.toDataURL("image/png").split(",")[1], inked: n / (canvas.width * canvas.height) };
      });
      if (pngDir) {
        fs.mkdirSync(pngDir, { recursive: true });
        fs.writeFileSync(path.join(pngDir, path.relative(site, file).replace(/[\/\\]/g, "__") + ".png"), Buffer.from(png, "base64"));
      }
      if (inked < 0.01) problems.push(`blank: ${(inked * 100).toFixed(2)} % of pixels inked`);
      for (const p of problems) { failures += 1; console.error(`${file}: ${p}`); }
      await page.close();
    }
    if (charts.length === 0) { failures += 1; console.error("no flowchart found"); }
    console.log(`flowcharts: ${charts.length} files, ${failures} problems`);
  } else if (mode === "svg") {
    const svgs = files(site, /\.svg$/i);
    for (const file of svgs) {
      const page = await context.newPage();
      const url = "file://" + path.resolve(file);
      const problems = [];
      // The alert hook: any alert, confirm or prompt means script ran.
      page.on("dialog", async (d) => { problems.push(`script ran: ${d.type()}("${d.message()}")`); await d.dismiss(); });
      page.on("pageerror", (e) => problems.push(`script error: ${e}`));
      page.on("request", (r) => { if (r.url() !== url) problems.push(`fetches ${r.url().slice(0, 120)}`); });
      await page.goto(url);
      // Give onload handlers, timers and animations (`<set begin="0s">`) time to fire.
      await page.waitForTimeout(150);
      const found = await page.evaluate(() => {
        const out = [];
        const root = document.documentElement;
        if (root.namespaceURI !== "http://www.w3.org/2000/svg") out.push(`not an SVG document: <${root.localName}> in ${root.namespaceURI}`);
        if (document.getElementsByTagName("parsererror").length) out.push("not well-formed XML");
        for (const el of document.querySelectorAll("*")) {
          if (["script", "foreignObject", "iframe", "object", "embed"].includes(el.localName)) out.push(`<${el.localName}>`);
          for (const a of el.attributes) {
            if (/^on/i.test(a.name)) out.push(`${el.localName} ${a.name}`);
            if (/^\s*(javascript|data):/i.test(a.value)) out.push(`${el.localName} ${a.name}="${a.value.slice(0, 40)}"`);
          }
        }
        return out;
      });
      problems.push(...found);
      for (const p of problems) { failures += 1; console.error(`${file}: ${p}`); }
      await page.close();
    }
    if (svgs.length === 0) { failures += 1; console.error("no SVG found"); }
    console.log(`svg: ${svgs.length} files opened on their own, ${failures} problems`);
  } else if (mode === "cari") {
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("file://" + path.resolve(site, "index.html"));
    // The first service, looked up by its folder, then by its name with two letters swapped.
    const first = await page.evaluate(() => {
      const a = document.querySelector("[data-cari-kelompok] li a");
      return { href: a.getAttribute("href"), name: a.textContent.trim() };
    });
    const folder = first.href.replace(/\/index\.html$/, "");
    const word = first.name.split(/\s+/).sort((a, b) => b.length - a.length)[0].toLowerCase();
    const typo = word.slice(0, 2) + word[3] + word[2] + word.slice(4);
    for (const [query, wantSuggestion] of [[folder, false], [typo, true]]) {
      await page.fill("#cari", "");
      await page.type("#cari", query);
      const seen = await page.evaluate(() => {
        const shown = Array.from(document.querySelectorAll("[data-cari-kelompok] li")).filter((li) => !li.hidden);
        const top = shown.length ? shown[0].getBoundingClientRect().bottom : Infinity;
        return { names: shown.map((li) => li.textContent.trim()), top, suggestion: !!document.querySelector("#cari-hasil .saran"), status: document.getElementById("cari-hasil").textContent };
      });
      if (!seen.names.includes(first.name)) { failures += 1; console.error(`search "${query}" does not find "${first.name}": ${seen.status}`); }
      if (seen.suggestion !== wantSuggestion) { failures += 1; console.error(`search "${query}": suggestion ${seen.suggestion ? "shown" : "missing"}: ${seen.status}`); }
      // An on-screen keyboard leaves about 450 of the 800 px.
      if (seen.top > 450) { failures += 1; console.error(`search "${query}": the first result ends at ${Math.round(seen.top)} px, under the keyboard`); }
      console.log(`search: "${query}" finds ${seen.names.length} (${seen.status}); first result ends at ${Math.round(seen.top)} px`);
    }
    await page.close();
  } else if (mode === "lipatan") {
    const pages = files(site, "index.html");
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    let standards = 0;
    for (const file of pages) {
      await page.goto("file://" + path.resolve(file));
      const fold = await page.evaluate(() => {
        const rows = document.querySelectorAll(".ringkasan dl > div");
        if (rows.length === 0) return null;
        const last = rows[rows.length - 1];
        return { rows: rows.length, bottom: last.getBoundingClientRect().bottom, screen: window.innerHeight };
      });
      if (!fold) continue;
      standards += 1;
      if (fold.rows !== 5) { failures += 1; console.error(`${file}: ${fold.rows} summary rows, expected 5`); }
      if (fold.bottom > fold.screen) {
        failures += 1;
        console.error(`${file}: the summary ends at ${Math.round(fold.bottom)} px, below the first screen (${fold.screen} px) of a 360 × 800 phone`);
      }
    }
    await page.close();
    if (standards === 0) { failures += 1; console.error("no standard page found"); }
    console.log(`fold: ${standards} standard pages at 360 × 800, ${failures} with the summary below the first screen`);
  } else if (mode === "lebar") {
    const pages = files(site, /\.html$/);
    let loads = 0;
    for (const width of [320, 390]) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 800 });
      for (const file of pages) {
        await page.goto("file://" + path.resolve(file));
        loads += 1;
        const wide = await page.evaluate(() => {
          // Folded parts (chart, SOP-AP table) must fit when unfolded too.
          document.querySelectorAll("details").forEach((d) => { d.open = true; });
          const root = document.documentElement;
          if (root.scrollWidth <= root.clientWidth) return null;
          // Name the widest element that sticks out, to say what to fix.
          let culprit = "";
          let right = root.clientWidth;
          for (const el of document.body.querySelectorAll("*")) {
            const r = el.getBoundingClientRect();
            if (r.right > right + 0.5) { right = r.right; culprit = el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ").join(".") : ""); }
          }
          return { scroll: root.scrollWidth, culprit };
        });
        if (wide) { failures += 1; console.error(`${file} at ${width} px: scrolls sideways to ${wide.scroll} px (${wide.culprit})`); }
      }
      await page.close();
    }
    console.log(`width: ${pages.length} pages at 320 and 390 px (${loads} loads), ${failures} scroll sideways`);
  } else {
    // The smallest body size of each paper, in pt (README: "Ukuran huruf papan"), and the
    // summary's size on sheet 1.
    const MINIMUM = { a4: 10, a3: 15, a2: 20, a1: 30, banner: 30 };
    const SUMMARY = { a4: 20, a3: 40, a2: 50, a1: 60, banner: 60 };
    const boards = files(site, "papan.html");
    let sheetsSeen = 0;
    for (const file of boards) {
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
      await page.emulateMedia({ media: "print" });
      await page.goto("file://" + path.resolve(file));
      const sheets = await page.evaluate(([MINIMUM, SUMMARY]) => Array.from(document.querySelectorAll(".lembar")).map((l) => {
        const size = (/lembar-(a4|a3|a2|a1|banner)/.exec(l.className) || [])[1];
        const px = (el) => parseFloat(getComputedStyle(el).fontSize);
        const body = px(l);
        const problems = [];
        if (l.getAttribute("data-diubah") === "ya") problems.push("the safety script had to move items: the build's layout was wrong");
        if (l.scrollHeight > l.clientHeight + 1) problems.push(`sheet content ${l.scrollHeight} px > ${l.clientHeight} px`);
        l.querySelectorAll(".kolom").forEach((k, i) => {
          if (k.scrollHeight > k.clientHeight + 1) problems.push(`column ${i + 1} overflows: ${k.scrollHeight} > ${k.clientHeight} px`);
        });
        const minimum = MINIMUM[size] / 0.75;
        if (body < minimum - 0.01) problems.push(`body ${(body * 0.75).toFixed(2)} pt < ${MINIMUM[size]} pt`);
        // Every piece of text, not only the body: nothing smaller than the minimum.
        const walker = document.createTreeWalker(l, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.textContent.trim()) continue;
          const size_px = px(n.parentElement);
          if (size_px < minimum - 0.01) { problems.push(`text "${n.textContent.trim().slice(0, 30)}" at ${(size_px * 0.75).toFixed(2)} pt`); break; }
        }
        l.querySelectorAll(".penting").forEach((k) => {
          if (px(k) < 1.5 * body - 0.01) problems.push(`key fact "${k.textContent.slice(0, 30)}" at ${(px(k) / body).toFixed(2)} times the body`);
        });
        // A unit's page holds the boards of all its standards: sheet 1 of each opens with its
        // summary, and no other sheet repeats it.
        const summary = l.querySelector('[data-bagian="ringkasan"]');
        const first = l.getAttribute("data-lembar") === "1";
        if (first && !summary) problems.push("sheet 1 does not open with the summary");
        if (!first && summary) problems.push("the summary is repeated on a later sheet");
        l.querySelectorAll(".utama").forEach((k) => {
          if (px(k) < SUMMARY[size] / 0.75 - 0.01) problems.push(`summary fact "${k.textContent.slice(0, 30)}" at ${(px(k) * 0.75).toFixed(1)} pt < ${SUMMARY[size]} pt`);
        });
        l.querySelectorAll(".daftar .no").forEach((no) => {
          if (no.scrollWidth > no.clientWidth + 1 || !/^(\d+|[a-z]+)\.$/.test(no.textContent)) problems.push(`item number "${no.textContent}" cut or malformed`);
        });
        return { kelas: l.className, problems };
      }), [MINIMUM, SUMMARY]);
      sheetsSeen += sheets.length;
      for (const s of sheets) for (const p of s.problems) { failures += 1; console.error(`${file} (${s.kelas}): ${p}`); }
      for (const e of errors) { failures += 1; console.error(`${file}: ${e}`); }
      if (sheets.length === 0) { failures += 1; console.error(`${file}: no sheet`); }
      await page.close();
    }
    console.log(`boards: ${boards.length} files, ${sheetsSeen} sheets, ${failures} problems`);
  }
  await browser.close();
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((e) => { console.error(e); process.exit(1); });
