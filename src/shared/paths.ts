/**
 * Where the project's files are, the same whether the code runs from `src/`
 * (`npm start`, tsx) or from the build in `dist/` (`node dist/main.js`): both
 * sit one folder below the project root. Content is always read from
 * `src/content/`, never copied into the build, so a lawyer's or translator's
 * edit takes effect on the next restart without a rebuild.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding package.json (this file is `src/shared/paths.ts` or `dist/shared/paths.js`). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** `src/content/`: rights cards, documents, the .ftl files. */
export const CONTENT_DIR = path.join(PROJECT_ROOT, "src", "content");
