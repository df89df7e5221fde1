// Checks the committed schema with two of the tools our users' editors and pipelines run:
// Ajv in its default strict mode, and VS Code's JSON language service. Each valid file of the corpus must
// pass and each invalid one must fail, so editors enforce the rules the Rust validator does.
// Usage: node check.mjs SCHEMA CORPUS_DIR
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import jsonService from "vscode-json-languageservice";
const { getLanguageService, TextDocument } = jsonService;

const [schemaPath, corpusDir] = process.argv.slice(2);
if (!schemaPath || !corpusDir) {
  console.error("usage: node check.mjs SCHEMA CORPUS_DIR");
  process.exit(2);
}
const schemaText = readFileSync(schemaPath, "utf8");
const schema = JSON.parse(schemaText);
let failures = 0;
let passes = 0;
const fail = (message) => {
  failures += 1;
  console.error(`FAIL ${message}`);
};
const pass = () => {
  passes += 1;
};

const corpus = [];
for (const kind of ["valid", "invalid"]) {
  for (const name of readdirSync(join(corpusDir, kind)).filter((n) => n.endsWith(".json")).sort()) {
    const path = join(corpusDir, kind, name);
    corpus.push({ kind, name: `${kind}/${name}`, text: readFileSync(path, "utf8") });
  }
}

// --- Ajv, exactly as a user of this schema compiles it: Ajv 8 with its default options (strict
// mode: every keyword must be known) and ajv-formats. Known to it, besides the standard: only
// the editors' keywords (VS Code's, IntelliJ's and ajv-errors' `errorMessage`) and keys that
// begin with `x-`, the convention for annotations. A keyword of verifik-flow's own that is not
// an `x-` annotation fails here, as it would for every strict-mode user.
const warnings = [];
const logger = { log() {}, warn: (...a) => warnings.push(a.join(" ")), error: (...a) => warnings.push(a.join(" ")) };
const ajv = new Ajv({ logger });
addFormats(ajv);
const editorKeywords = [
  "markdownDescription",
  "defaultSnippets",
  "enumDescriptions",
  "markdownEnumDescriptions",
  "errorMessage",
  "deprecationMessage",
  "doNotSuggest",
];
const annotations = new Set();
const collect = (node) => {
  if (Array.isArray(node)) node.forEach(collect);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("x-")) annotations.add(key);
      collect(value);
    }
  }
};
collect(schema);
ajv.addVocabulary([...editorKeywords, ...annotations]);
let validate;
try {
  validate = ajv.compile(schema);
  pass();
} catch (error) {
  fail(`ajv: the schema does not compile in strict mode: ${error.message}`);
}
if (warnings.length > 0) fail(`ajv: warnings while compiling:\n  ${warnings.join("\n  ")}`);
else pass();
if (validate) {
  for (const { kind, name, text } of corpus) {
    const ok = validate(JSON.parse(text));
    if (ok !== (kind === "valid")) {
      fail(`ajv: ${name} should be ${kind}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    } else pass();
  }
}

// --- VS Code's JSON language service: the schema loads without problems, and its
// diagnostics agree with the corpus.
const schemaUri = pathToFileURL(resolve(schemaPath)).href;
const service = getLanguageService({
  schemaRequestService: (uri) =>
    uri === schemaUri
      ? Promise.resolve(schemaText)
      : Promise.reject(new Error(`no network here: ${uri}`)),
});
service.configure({
  validate: true,
  allowComments: false,
  schemas: [{ uri: schemaUri, fileMatch: ["flow-*.json"] }],
});
async function diagnose(uri, text) {
  const document = TextDocument.create(uri, "json", 1, text);
  const json = service.parseJSONDocument(document);
  return { document, json, diagnostics: await service.doValidation(document, json, { schemaValidation: "error" }) };
}

// The schema file itself, as VS Code checks it against the draft-07 meta-schema.
{
  const { diagnostics } = await diagnose(schemaUri, schemaText);
  if (diagnostics.length > 0) {
    fail(`vscode: the schema file has problems:\n  ${diagnostics.map((d) => d.message).join("\n  ")}`);
  } else pass();
}
for (const { kind, name, text } of corpus) {
  const body = JSON.parse(text);
  delete body.$schema;
  const { diagnostics } = await diagnose(`file:///corpus/flow-${name.replace("/", "-")}`, JSON.stringify(body, null, 2));
  const loading = diagnostics.filter((d) => /load|resolve|reference/i.test(d.message));
  if (loading.length > 0) fail(`vscode: schema loading problems for ${name}: ${loading.map((d) => d.message)}`);
  if ((diagnostics.length === 0) !== (kind === "valid")) {
    fail(`vscode: ${name} should be ${kind}: ${diagnostics.map((d) => d.message).join("; ")}`);
  } else pass();
}

// Editors show the docs: hovering `minScore` shows its description, and completion inside
// `liveness` offers `searchMode`.
{
  const text = '{\n  "liveness": { "minScore": 0.7,  }\n}';
  const { document, json } = await diagnose("file:///corpus/flow-hover.json", text);
  const hover = await service.doHover(document, { line: 1, character: 19 }, json);
  const shown = JSON.stringify(hover?.contents ?? "");
  // The range is the schema's own (from `MinScore::MIN` and `MAX`), not typed here again.
  const minScore = schema.definitions.Liveness.properties.minScore;
  const range = `From ${minScore.minimum} to ${minScore.maximum}`;
  if (!shown.includes(range)) fail(`vscode: hover on minScore shows ${shown}, not "${range}"`);
  else pass();
  const completion = await service.doComplete(document, { line: 1, character: 33 }, json);
  const labels = (completion?.items ?? []).map((i) => i.label);
  if (!labels.some((l) => l.includes("searchMode"))) fail(`vscode: completion in liveness offers ${labels}`);
  else pass();
}

// Completion picks the body by `type`: `type` offers both kinds, a login body offers the login
// keys and not the onboarding ones (those are refused there, and not suggested), and the reverse.
{
  const labels = async (name, text, line, character) => {
    const { document, json } = await diagnose(`file:///corpus/flow-${name}.json`, text);
    const completion = await service.doComplete(document, { line, character }, json);
    return (completion?.items ?? []).map((i) => i.label.replace(/"/g, ""));
  };
  const types = await labels("type", '{\n  "type": \n}', 1, 10);
  if (!(types.includes("onboarding") && types.includes("login"))) fail(`vscode: completion of type offers ${types}`);
  else pass();
  const login = await labels("login-keys", '{\n  "type": "login",\n  \n}', 2, 2);
  if (!login.includes("loginSettings") || login.includes("target") || login.includes("signUpForm")) {
    fail(`vscode: completion in a login body offers ${login}`);
  } else pass();
  const onboarding = await labels("onboarding-keys", '{\n  "type": "onboarding",\n  \n}', 2, 2);
  if (!onboarding.includes("signUpForm") || onboarding.includes("loginSettings")) {
    fail(`vscode: completion in an onboarding body offers ${onboarding}`);
  } else pass();
}

console.log(`schema-check (ajv, vscode-json-languageservice): ${passes} passed, ${failures} failed`);
process.exit(failures > 0 ? 1 : 0);
