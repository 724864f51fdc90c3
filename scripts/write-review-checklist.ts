/** Regenerates docs/legal-review-checklist.md from the rights content. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadDocumentsContent } from "../src/documents/documents-content.js";
import { loadRightsContent } from "../src/rights/rights-content.js";
import { CHECKLIST_PATH, renderReviewChecklist } from "../src/rights/review-checklist.js";

const target = path.resolve(CHECKLIST_PATH);
await mkdir(path.dirname(target), { recursive: true });
await writeFile(target, renderReviewChecklist(loadRightsContent(), loadDocumentsContent()));
console.log(`wrote ${CHECKLIST_PATH}`);
