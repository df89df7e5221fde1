// Opens the preview pages in a real browser (Debian's Chromium, driven by puppeteer-core,
// which downloads no browser) and reports what a person would meet there, as JSON on
// standard output. The Rust test (`verifik-flow-cli/tests/cli/browser.rs`) writes the pages,
// the manifest this reads, and asserts on the report: this file observes, the test decides.
//
//   node browser.mjs MANIFEST.json
//
// The manifest: { chromium, shots, pages: [{ id, path, axe, hostile, pseudo, shots }],
// standIn: { pageUrl, base } | null }. Nothing here reaches beyond loopback: every request a
// page makes but itself is recorded and refused.

import { readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const manifest = JSON.parse(readFileSync(process.argv[2], "utf8"));

// Chromium as the machine's probe starts it: no sandbox (root in a container), no GPU, and
// none of its background connections (a closed network refuses them, noisily).
const browser = await puppeteer.launch({
  executablePath: manifest.chromium,
  headless: true,
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
  ],
});

/** A page that records console errors, dialogs and every request but `own`'s. */
async function watched(context, own) {
  const page = await context.newPage();
  const seen = { consoleErrors: [], requests: [], dialogs: [] };
  page.on("console", (msg) => { if (msg.type() === "error") seen.consoleErrors.push(msg.text()); });
  page.on("pageerror", (error) => seen.consoleErrors.push(String(error)));
  page.on("dialog", async (dialog) => { seen.dialogs.push(dialog.message()); await dialog.dismiss(); });
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = request.url();
    if (own(url)) {
      request.continue();
    } else {
      seen.requests.push(url);
      request.abort();
    }
  });
  return { page, seen };
}

/** What the page shows: its language, its journey, its plan marks, its unbracketed texts. */
function observe(pseudo) {
  const steps = [...document.querySelectorAll("li.step")].map((li) => ({
    step: li.dataset.step,
    mode: li.dataset.mode,
    drawn: li.querySelector(".screen") !== null,
    marked: li.classList.contains("skipped"),
  }));
  const changes = [...document.querySelectorAll("li.change")].map((li) => ({
    pointer: li.dataset.pointer,
    before: li.dataset.before ?? null,
    after: li.dataset.after ?? null,
    text: li.textContent,
  }));
  const actions = [...document.querySelectorAll("section.plan-flow")].map((s) => ({
    action: s.dataset.action,
    file: s.dataset.file,
    steps: [...s.querySelectorAll("li.step")].map((li) => li.dataset.step),
  }));
  const links = [...document.querySelectorAll("a[href]")].map((a) => ({ href: a.getAttribute("href"), text: a.textContent }));
  // Every text a person reads outside a flow's own values (`bdi.value`): with the
  // pseudo-language, each must be bracketed (⟦...⟧); what is left once the brackets are
  // taken out may hold no letter.
  const unbracketed = [];
  if (pseudo) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest("bdi.value")) continue;
      const rest = node.textContent.replace(/⟦[^⟧]*⟧/g, "");
      if (/\p{L}/u.test(rest)) unbracketed.push(node.textContent.trim());
    }
  }
  return {
    lang: document.documentElement.lang,
    title: document.title,
    text: document.body.innerText,
    images: document.querySelectorAll("img").length,
    scripts: document.querySelectorAll("script").length,
    steps, changes, actions, links, unbracketed,
  };
}

async function axe(page, scheme) {
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
  // Evaluated by the DevTools protocol, which the page's policy does not govern.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ["violations"] });
    return violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  });
  return result;
}

const report = { pages: [], standIn: null };
if (manifest.shots) mkdirSync(manifest.shots, { recursive: true });

for (const spec of manifest.pages) {
  const context = await browser.createBrowserContext();
  const url = pathToFileURL(spec.path).href;
  const { page, seen } = await watched(context, (u) => u === url);
  // A hostile page is opened with its policy bypassed: had a value escaped the template's
  // escaping, its script would run here, and be seen.
  if (spec.hostile) await page.setBypassCSP(true);
  await page.setViewport({ width: 390, height: 844 });
  await page.goto(url, { waitUntil: "load" });
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  const found = await page.evaluate(observe, Boolean(spec.pseudo));
  const entry = { id: spec.id, ...seen, scrollWidth, ...found };
  if (spec.axe) {
    entry.axe = { light: await axe(page, "light"), dark: await axe(page, "dark") };
  }
  if (spec.print) {
    // A4 less the page's 15 mm margins is 180 mm: 680 CSS pixels. Printed, the page fits it,
    // and Chromium makes a PDF of it.
    await page.emulateMediaType("print");
    await page.setViewport({ width: 680, height: 962 });
    entry.printWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    entry.pdfPages = (Buffer.from(pdf).toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    await page.emulateMediaType("screen");
  }
  for (const width of spec.shots ? [1280, 390] : []) {
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
    await page.setViewport({ width, height: 900 });
    await page.screenshot({ path: `${manifest.shots}/${spec.id.replaceAll("/", "-")}-${width}.png`, fullPage: true });
  }
  report.pages.push(entry);
  await context.close();
}

if (manifest.standIn) {
  const { pageUrl, base } = manifest.standIn;
  const out = {};
  // Without the cookie or a token: 401.
  {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    out.bareStatus = (await page.goto(`${base}/_stand-in`)).status();
    await context.close();
  }
  const context = await browser.createBrowserContext();
  const { page, seen } = await watched(context, (u) => u.startsWith(base));
  const first = await page.goto(pageUrl, { waitUntil: "load" });
  out.status = first.status();
  out.finalUrl = page.url();
  out.redirects = first.request().redirectChain().map((r) => r.response()?.status() ?? null);
  const cookies = await context.cookies(base);
  out.cookies = cookies.map((c) => ({ name: c.name, httpOnly: c.httpOnly, sameSite: c.sameSite, path: c.path }));
  out.index = await page.evaluate(observe, false);
  const link = out.index.links[0];
  if (link) {
    const response = await page.goto(new URL(link.href, base).href, { waitUntil: "load" });
    out.previewStatus = response.status();
    out.preview = await page.evaluate(observe, false);
  }
  out.seen = seen;
  // The address again, in another browser: its token is spent.
  {
    const other = await browser.createBrowserContext();
    const again = await other.newPage();
    out.reusedStatus = (await again.goto(pageUrl)).status();
    await other.close();
  }
  await context.close();
  report.standIn = out;
}

await browser.close();
process.stdout.write(JSON.stringify(report));
