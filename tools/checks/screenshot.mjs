// A whole page as a PNG, in Debian's Chromium: `node screenshot.mjs PAGE.html OUT.png WIDTH`.
// What `scripts/preview-screenshot.sh` makes the README's picture with.
import puppeteer from "puppeteer-core";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const [page, out, width] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.VERIFIK_FLOW_CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars"],
});
const tab = await browser.newPage();
await tab.setViewport({ width: Number(width), height: 800 });
await tab.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
await tab.goto(pathToFileURL(resolve(page)).href, { waitUntil: "load" });
await tab.screenshot({ path: out, fullPage: true });
await browser.close();
