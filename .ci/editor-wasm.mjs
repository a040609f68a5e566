// The WebAssembly build itself against the command line: for every fixture in
// tests/fixtures/{valid,invalid,warnings}, `periksa` of editor/build/ (what the editor runs)
// and `standar check --format json` on the same files in a folder give the same report.
//   node editor-wasm.mjs REPO STANDAR-BINARY
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";

const [repo, binary] = process.argv.slice(2);
const glue = await import(path.resolve(repo, "editor/build/standar_editor.js"));
glue.initSync({ module: fs.readFileSync(path.resolve(repo, "editor/build/standar_editor_bg.wasm")) });

const fixtures = path.resolve(repo, "tests/fixtures");
const read = (p) => {
  const bytes = fs.readFileSync(p);
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  try { return text.decode(bytes); } catch { return null; }
};
let compared = 0;
const differ = [];
for (const kind of ["valid", "invalid", "warnings"]) {
  for (const file of fs.readdirSync(path.join(fixtures, kind)).filter((f) => f.endsWith(".yaml")).sort()) {
    const stem = file.replace(/\.yaml$/, "");
    let name = file, text = read(path.join(fixtures, kind, file)), unit = read(path.join(fixtures, "_unit.yaml"));
    if (stem.startsWith("unit-")) {
      name = "minimal.yaml";
      unit = text;
      text = read(path.join(fixtures, "valid/minimal.yaml"));
    } else if (stem.startsWith("tanpa-unit-")) {
      unit = undefined;
    }
    if (text === null || unit === null) continue; // not UTF-8: the editor cannot hold it
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "penyunting-"));
    fs.mkdirSync(path.join(dir, "draf"));
    fs.writeFileSync(path.join(dir, "draf", name), text);
    if (unit !== undefined) fs.writeFileSync(path.join(dir, "draf", "_unit.yaml"), unit);
    const cli = spawnSync(path.resolve(binary), ["check", "draf", "--format", "json"], { cwd: dir, encoding: "utf8" });
    const wasm = glue.periksa(name, text, unit);
    if (cli.stdout.trimEnd() !== wasm.trimEnd()) differ.push(`${kind}/${file}`);
    compared += 1;
    fs.rmSync(dir, { recursive: true });
  }
}
console.log(`editor wasm: ${compared} fixtures compared with standar check, ${differ.length} differ`);
if (differ.length || compared < 100) {
  console.error(differ.join("\n"));
  process.exit(1);
}
