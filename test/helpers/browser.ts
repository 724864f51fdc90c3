/**
 * Headless Chromium for the browser tests (the content review site, the playground), driven by
 * playwright-core with Debian's `chromium` — no browser download. CHROMIUM_PATH overrides the path.
 * Screenshots go to `test-artifacts/` (ignored by git), kept after the run for a person to look at.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Phone width used for the overflow checks (a common Android viewport). */
export const PHONE_VIEWPORT = { width: 360, height: 740 };

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-background-networking"],
  });
}

/** A directory under test-artifacts/ for one test file's screenshots. */
export function artifactDir(name: string): string {
  const dir = path.resolve("test-artifacts", name);
  mkdirSync(dir, { recursive: true });
  return dir;
}
