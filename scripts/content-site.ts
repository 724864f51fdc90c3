/**
 * `npm run content:site [-- --out DIR]`: writes the review site for lawyers and translators (static
 * HTML, open DIR/index.html; default `site/`) from src/content. A folder that holds anything but an
 * earlier site is refused, so a mistyped --out cannot wipe someone's files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildContentSite } from "../src/content-site/site.js";
import { loadDocumentsContent } from "../src/documents/documents-content.js";
import { loadLockscreenCards } from "../src/lockscreen/card-content.js";
import { loadRightsContent } from "../src/rights/rights-content.js";
import { createI18n, translatorFor } from "../src/telegram/i18n.js";

const { values } = parseArgs({ options: { out: { type: "string", default: "site" } } });
const out = path.resolve(values.out);

const MARK = "npm run content:site";
if (existsSync(out) && readdirSync(out).length > 0) {
  const index = path.join(out, "index.html");
  if (!existsSync(index) || !readFileSync(index, "utf8").includes(MARK)) {
    console.error(`${out} is not empty and holds no earlier review site: choose another --out`);
    process.exit(1);
  }
  rmSync(out, { recursive: true });
}

const rights = loadRightsContent();
const i18n = createI18n();
const files = buildContentSite({
  rights,
  documents: loadDocumentsContent(undefined, rights),
  lockscreenCards: loadLockscreenCards(rights),
  translate: (locale) => translatorFor(i18n, locale),
});
for (const file of files) {
  const target = path.join(out, file.path);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, file.text);
}
console.log(`wrote ${files.length} files to ${path.relative(process.cwd(), out) || "."}; open ${path.join(out, "index.html")}`);
