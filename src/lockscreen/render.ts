/**
 * Draws the lock-screen card: blocks → SVG (text as <text> elements) → PNG
 * with resvg. The fonts are loaded from the Noto Sans files that `npm ci`
 * installs (every Kazakh letter: ә ғ қ ң ө ұ ү һ і); system fonts are never
 * used, so the image is the same on every machine.
 */
import { createRequire } from "node:module";
import { renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import { fit, type Area, type Block, type PlacedLine } from "./layout.js";

/** A phone's portrait screen (about 9:19.5). */
export const CARD_WIDTH = 1080;
export const CARD_HEIGHT = 2340;
/** Left free at the top for the clock and at the bottom for the lock screen's shortcuts. */
const TEXT_AREA: Area = { x: 72, top: 600, width: CARD_WIDTH - 2 * 72, height: CARD_HEIGHT - 600 - 240 };
export const FONT_FAMILY = "Noto Sans";

const require = createRequire(import.meta.url);
const FONT_FILES = [
  require.resolve("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"),
  require.resolve("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),
];

/** resvg's options: only the bundled fonts. */
export function renderOptions(): ResvgRenderOptions {
  return {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: "original" },
  };
}

export const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char]!);

function textElement(line: PlacedLine): string {
  const weight = line.bold ? 700 : 400;
  return `<text x="${line.x}" y="${line.y}" font-family="${FONT_FAMILY}" font-size="${line.fontSize}" font-weight="${weight}" fill="${line.color}">${escapeXml(line.text)}</text>`;
}

export function cardSvg(blocks: Block[]): string {
  const lines = fit(blocks, TEXT_AREA, { max: 44, min: 26 });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect id="background" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#102038"/>`,
    `<rect x="${TEXT_AREA.x - 24}" y="${TEXT_AREA.top - 8}" width="8" height="${Math.min(TEXT_AREA.height, (lines.at(-1)?.y ?? TEXT_AREA.top) - TEXT_AREA.top + 24)}" fill="#ffd166"/>`,
    ...lines.map(textElement),
    `</svg>`,
  ].join("\n");
}

/** Rendered off the main thread (resvg's worker pool): a card takes a few hundred ms of CPU. */
export async function svgToPng(svg: string): Promise<Buffer> {
  return (await renderAsync(svg, renderOptions())).asPng();
}
