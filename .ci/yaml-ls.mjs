// The schema as an officer meets it: yaml-language-server (the engine of VS Code's YAML
// extension) validates every fixture with the committed schema, and its verdict is compared
// with `standar check`'s.
//   node yaml-ls.mjs STANDAR-BINARY
// A file `standar check` refuses for a reason a schema can express (unknown or missing key,
// wrong type or value, a duration, time or date that does not read, a number out of range,
// an unknown format version) must get an error in the editor; a file `standar check` accepts
// must get none, and no message may show the officer a raw regular expression (every pattern
// has an Indonesian `patternErrorMessage`). Exits 1 with the files on which the two disagree.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { getLanguageService } from "yaml-language-server";
import { TextDocument } from "vscode-languageserver-textdocument";

const [standar] = process.argv.slice(2);
if (!standar) {
  console.error("usage: node yaml-ls.mjs STANDAR-BINARY");
  process.exit(2);
}
const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const schemaPath = path.join(repo, "schema/standar.schema.json");
const schemaUri = "file://" + schemaPath;

// Codes of problems the schema says itself.
const SCHEMA_CODES = new Set([
  "kunci-tidak-dikenal", "kunci-wajib", "komponen-tidak-ada", "tipe-salah", "nilai-tidak-dikenal", "format-salah",
  "nilai-di-luar-batas", "bentuk-salah", "versi-format", "berkas-kosong",
]);
// What a JSON Schema (or an editor applying one) cannot say, so only `standar check` reports it.
const BEYOND_A_SCHEMA = new Map([
  ["tipe-rupiah-eksponen.yaml", "`1e6` is the integer 1000000 to a schema: the notation is lost"],
  ["tipe-ya-bukan-boolean.yaml", "`gratis: yes` is the text \"yes\" in YAML 1.2, which `gratis` accepts as words"],
  ["berkas-hanya-komentar.yaml", "an editor does not validate a document that is only comments"],
  ["durasi-mustahil.yaml", "a duration that reads but is beyond any service (`999999 tahun`): a pattern has no arithmetic"],
  ["durasi-rentang-terbalik.yaml", "a range whose upper end is below its lower end: a pattern cannot compare numbers"],
  ["tenggat-mustahil.yaml", "a complaint deadline of `500 tahun`: as above"],
  ["belum-dipetakan.yaml", "an import's unplaced lines are well-formed data; only publishing them is refused"],
  ["terjadwal-kosong.yaml", "a scheduled change naming neither `biaya` nor `jangka_waktu`: only the check can say which to write"],
]);
for (const name of BEYOND_A_SCHEMA.keys()) {
  if (!fs.existsSync(path.join(repo, "tests/fixtures/invalid", name))) {
    console.error(`yaml-ls.mjs names tests/fixtures/invalid/${name}, which is gone`);
    process.exit(1);
  }
}

const service = getLanguageService({
  schemaRequestService: async (uri) => fs.readFileSync(new URL(uri), "utf8"),
  workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  clientCapabilities: {},
});
service.configure({
  validate: true,
  completion: false,
  hover: false,
  schemas: [{ uri: schemaUri, fileMatch: ["*.yaml"] }],
});

function codesOf(file) {
  let out;
  try {
    out = execFileSync(standar, ["check", "--format", "json", file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch (e) {
    out = e.stdout;
  }
  const report = JSON.parse(out);
  return report.diagnostics.filter((d) => d.severity === "error" && d.file.endsWith(path.basename(file))).map((d) => d.code);
}

const folders = ["tests/fixtures/valid", "tests/fixtures/invalid"];
let failures = 0;
let files = 0;
for (const folder of folders) {
  for (const name of fs.readdirSync(path.join(repo, folder)).sort()) {
    if (!name.endsWith(".yaml") || name.startsWith("unit-") || BEYOND_A_SCHEMA.has(name)) continue;
    const file = path.join(repo, folder, name);
    const bytes = fs.readFileSync(file);
    const text = bytes.toString("utf8");
    if (Buffer.compare(Buffer.from(text, "utf8"), bytes) !== 0) continue; // not UTF-8: not a YAML file to an editor
    const codes = codesOf(file);
    if (codes.some((c) => c.startsWith("yaml-") || c.startsWith("berkas-") && c !== "berkas-kosong" || c === "karakter-terlarang")) continue;
    const schemaSays = codes.some((c) => SCHEMA_CODES.has(c));
    const doc = TextDocument.create("file://" + file, "yaml", 1, text);
    // Schema problems come as warnings (the YAML extension's default), syntax as errors.
    const found = (await service.doValidation(doc, false))
      .filter((d) => d.severity === 1 || String(d.source || "").startsWith("yaml-schema"));
    files += 1;
    for (const d of found) {
      if (/pattern/i.test(d.message)) {
        failures += 1;
        console.error(`${folder}/${name}: the editor shows a raw regular expression: ${d.message}`);
      }
    }
    if (schemaSays && found.length === 0) {
      failures += 1;
      console.error(`${folder}/${name}: standar check says ${codes.join(", ")}; the editor says nothing`);
    } else if (codes.length === 0 && found.length > 0) {
      failures += 1;
      console.error(`${folder}/${name}: standar check accepts it; the editor says: ${found.map((d) => d.message).join(" | ")}`);
    }
  }
}
console.log(`yaml-language-server: ${files} fixtures, ${failures} disagree with standar check`);
process.exit(failures === 0 ? 0 : 1);
