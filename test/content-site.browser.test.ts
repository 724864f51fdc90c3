/**
 * The review site as a reviewer opens it: `scripts/content-site.ts` (npm run content:site) writes
 * it into a scratch folder, headless Chromium opens `file://…/index.html`, follows every link on
 * every page, checks each card's three language columns and that nothing is wider than a 360 px
 * phone, and leaves screenshots in test-artifacts/content-site/ for a person to look at.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRightsContent } from "../src/rights/rights-content.js";
import { LOCALES } from "../src/shared/locales.js";
import { artifactDir, launchChromium, PHONE_VIEWPORT } from "./helpers/browser.js";
import { scratchDir } from "./helpers/scratch-dir.js";

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");
const SCRIPT = path.resolve("scripts/content-site.ts");
const DESKTOP_VIEWPORT = { width: 1280, height: 900 };

const rights = loadRightsContent();
const scratch = scratchDir("content-site");
const out = path.join(scratch, "site");
const shots = artifactDir("content-site");

let browser: Browser;
let phone: BrowserContext;
let desktop: BrowserContext;

beforeAll(async () => {
  const [written] = await Promise.all([run(TSX, [SCRIPT, "--out", out]), launchChromium().then((launched) => (browser = launched))]);
  expect(written.stdout).toMatch(/^wrote \d+ files to /);
  phone = await browser.newContext({ viewport: PHONE_VIEWPORT });
  desktop = await browser.newContext({ viewport: DESKTOP_VIEWPORT });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Every .html file written, relative to the site's root. */
function htmlFiles(dir = out, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : entry.name.endsWith(".html")
        ? [prefix + entry.name]
        : [],
  );
}

const urlOf = (file: string) => pathToFileURL(path.join(out, file)).href;

/**
 * Run in the page: every element reaching past the viewport's right edge, named (tag#id.class
 * and its first words), and the document's own horizontal scroll. A string, so nothing the test's
 * compiler adds to a function can break it in the browser.
 */
const OVERFLOW_PROBE = `(() => {
  const limit = window.innerWidth + 1;
  const root = document.documentElement;
  const found = [];
  if (root.scrollWidth > root.clientWidth) found.push("the page scrolls sideways: scrollWidth " + root.scrollWidth + " > clientWidth " + root.clientWidth);
  for (const element of document.querySelectorAll("body *")) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.right > limit) {
      const name = element.tagName.toLowerCase() + (element.id ? "#" + element.id : "") +
        (element.className && typeof element.className === "string" ? "." + element.className.trim().split(/\\s+/).join(".") : "");
      found.push(name + ' "' + (element.textContent || "").trim().slice(0, 40) + '" right=' + Math.round(box.right));
    }
  }
  return found;
})()`;

async function open(page: Page, file: string): Promise<void> {
  const response = await page.goto(urlOf(file));
  expect(response?.ok() ?? true, file).toBe(true);
}

describe("content review site in a browser", () => {
  it("the script refuses to empty a folder that holds something else", async () => {
    const foreign = path.join(scratch, "foreign");
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, "notes.txt"), "mine");
    const refused = await run(TSX, [SCRIPT, "--out", foreign]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toContain("holds no earlier review site");
    expect(readFileSync(path.join(foreign, "notes.txt"), "utf8")).toBe("mine");
  }, 60_000);

  it("every link on every page leads to a file and an anchor that exist, nothing comes from elsewhere, nothing is wider than a 360 px phone", async () => {
    // One visit per page, at phone width: the links and the overflow are checked together.
    const page = await phone.newPage();
    const overflowing: string[] = [];
    const failed: string[] = [];
    page.on("requestfailed", (request) => failed.push(request.url()));
    const ids = new Map<string, Set<string>>();
    const links: Array<{ from: string; href: string }> = [];
    const queue = ["index.html"];
    const seen = new Set(queue);
    while (queue.length > 0) {
      const file = queue.shift()!;
      await open(page, file);
      // The stylesheet is there (its rules cannot be read from file://, their effect can).
      expect(await page.evaluate("getComputedStyle(document.body).overflowWrap"), `${file} has its CSS`).toBe("anywhere");
      for (const problem of (await page.evaluate(OVERFLOW_PROBE)) as string[]) overflowing.push(`${file}: ${problem}`);
      ids.set(urlOf(file), new Set(await page.$$eval("[id]", (elements) => elements.map((element) => element.id))));
      const hrefs = (await page.evaluate(
        `[...document.querySelectorAll("a[href], link[href]")].map((element) => element.href)`,
      )) as string[];
      for (const href of hrefs) {
        links.push({ from: file, href });
        const url = new URL(href);
        if (url.protocol !== "file:" || !url.pathname.endsWith(".html")) continue;
        const target = path.relative(out, fileURLToPath(url));
        if (!target.startsWith("..") && existsSync(fileURLToPath(url)) && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    await page.close();

    const broken: string[] = [];
    for (const { from, href } of links) {
      const url = new URL(href);
      if (url.protocol !== "file:") {
        broken.push(`${from}: ${href} leaves the site (it must work offline)`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      url.hash = "";
      if (!existsSync(fileURLToPath(url))) broken.push(`${from}: ${href} → no such file`);
      else if (hash && !ids.get(url.href)?.has(hash)) broken.push(`${from}: ${href} → no element with id "${hash}"`);
    }
    expect({ broken, overflowing, failed }).toEqual({ broken: [], overflowing: [], failed: [] });
    // Every page written can be reached from the index.
    expect([...seen].sort()).toEqual(htmlFiles().sort());
    expect(seen.size).toBeGreaterThan(rights.cards.length + rights.reviewPoints.length);
  }, 120_000);

  it("shows every card in three non-empty language columns, Kazakh letters intact", async () => {
    const page = await desktop.newPage();
    for (const card of rights.cards) {
      await open(page, `cards/${card.id}.html`);
      for (const locale of LOCALES) {
        const column = page.locator(`section[lang=${locale}]`);
        expect(await column.count(), `${card.id} ${locale}`).toBe(1);
        const text = await column.innerText();
        expect(text, `${card.id} ${locale}`).toContain(card.title[locale]);
        expect(text.length, `${card.id} ${locale}`).toBeGreaterThan(200);
      }
      // Side by side on a wide screen: the three columns share a row.
      const tops = await page.$$eval("main > .columns > section", (sections) =>
        sections.map((section) => section.getBoundingClientRect().top),
      );
      expect(new Set(tops).size, card.id).toBe(1);
    }
    await open(page, "cards/at-detention.html");
    expect(await page.locator("section[lang=kk] b").first().innerText()).toBe("Ұстап алу сәтінде");
    await page.close();
  }, 120_000);

  it("stacks the columns on a phone, each with its language label; screenshots at phone and desktop width", async () => {
    const page = await phone.newPage();
    // On a phone the columns are stacked, each with its language label.
    await open(page, "cards/at-detention.html");
    const tops = await page.$$eval("main > .columns > section", (sections) =>
      sections.map((section) => section.getBoundingClientRect().top),
    );
    expect(tops[0]! < tops[1]! && tops[1]! < tops[2]!).toBe(true);
    expect(await page.locator("section[lang=kk] h3.lang").textContent()).toMatch(/^Қазақша kk$/);

    const wide = await desktop.newPage();
    const point = rights.cards.find((card) => card.id === "at-detention")!.unconfirmed[0]!;
    for (const [name, file] of [
      ["index", "index.html"],
      ["card-at-detention", "cards/at-detention.html"],
      ["document-lawyer-request", "documents/lawyer-request.html"],
      [`point-${point}`, `points/${point}.html`],
    ] as const) {
      for (const [width, tab] of [
        ["phone", page],
        ["desktop", wide],
      ] as const) {
        await open(tab, file);
        await tab.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: true });
      }
    }
    await wide.close();
    await page.close();
  }, 120_000);
});
