// A file written by `standar new` or `standar init`, opened in an editor that knows nothing
// of this project: yaml-language-server (the engine of VS Code's YAML extension) with no
// schema configured, so only the file's own `# yaml-language-server: $schema=…` line leads
// to the schema.
//   node yaml-ls-modeline.mjs GOOD.yaml... -- BAD.yaml...
// Each GOOD file must load its schema (no "Unable to load schema") and get no error; each
// BAD file must get at least one, which shows that the schema was found and applied. Exits 1
// otherwise.
import fs from "node:fs";
import path from "node:path";
import { getLanguageService } from "yaml-language-server";
import { TextDocument } from "vscode-languageserver-textdocument";

const args = process.argv.slice(2);
const split = args.indexOf("--");
const good = split < 0 ? args : args.slice(0, split);
const bad = split < 0 ? [] : args.slice(split + 1);
if (good.length === 0) {
  console.error("usage: node yaml-ls-modeline.mjs GOOD.yaml... [-- BAD.yaml...]");
  process.exit(2);
}

const service = getLanguageService({
  schemaRequestService: async (uri) => fs.readFileSync(new URL(uri), "utf8"),
  workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  clientCapabilities: {},
});
service.configure({ validate: true, completion: true, hover: true, schemas: [] });

async function problems(file) {
  const absolute = path.resolve(file);
  const doc = TextDocument.create("file://" + absolute, "yaml", 1, fs.readFileSync(absolute, "utf8"));
  return (await service.doValidation(doc, false)).map((d) => d.message);
}

let failures = 0;
for (const file of good) {
  const messages = await problems(file);
  if (messages.length > 0) {
    failures += 1;
    console.error(`${file}: the editor says: ${messages.join(" | ")}`);
  } else {
    console.log(`${file}: schema loaded from its $schema line, no problem`);
  }
}
for (const file of bad) {
  const messages = await problems(file);
  if (messages.length === 0 || messages.some((m) => /Unable to load schema/.test(m))) {
    failures += 1;
    console.error(`${file}: no schema error (${messages.join(" | ") || "nothing"}): the schema was not applied`);
  } else {
    console.log(`${file}: the schema catches it: ${messages[0]}`);
  }
}
process.exit(failures === 0 ? 0 : 1);
