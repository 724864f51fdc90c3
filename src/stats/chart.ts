/**
 * The /stats chart: sections of horizontal bars, built as SVG (text as <text>
 * elements) and rendered to PNG with the lock-screen card's renderer and its
 * bundled Noto Sans (Kazakh and Russian letters on every machine). A small
 * cell ("< 3") or a hidden one is drawn at a fixed short length and labelled
 * so, never at its true length.
 */
import { escapeXml, FONT_FAMILY, svgToPng } from "../lockscreen/render.js";
import { shownText, type Shown } from "./stats.js";

export interface ChartSection {
  title: string;
  bars: Array<{ label: string; cell: Shown }>;
  /** Said instead of bars when the breakdown is withheld (suppression.ts). */
  note?: string;
}

/** The chart's words that are not labels: what a hidden cell says. */
export interface ChartWords {
  hidden: string;
}

export const CHART_WIDTH = 1000;
const MARGIN = 32;
const LABEL_WIDTH = 380;
const BAR_MAX = CHART_WIDTH - 2 * MARGIN - LABEL_WIDTH - 80;
/** The length of a "< 3" bar, whatever the scale. */
const SMALL_BAR = 12;
const ROW = 34;
const TITLE_ROW = 52;

const text = (x: number, y: number, body: string, size: number, options: { bold?: boolean; anchor?: "end"; color?: string } = {}) =>
  `<text x="${x}" y="${y}" font-family="${FONT_FAMILY}" font-size="${size}" font-weight="${options.bold ? 700 : 400}"${
    options.anchor ? ` text-anchor="${options.anchor}"` : ""
  } fill="${options.color ?? "#1d2433"}">${escapeXml(body)}</text>`;

/** Long labels are cut on whole characters so they stay left of the bars. */
function fitLabel(label: string, max = 30): string {
  const chars = [...new Intl.Segmenter().segment(label)].map((s) => s.segment);
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join("")}…`;
}

export function chartSvg(title: string, sections: ChartSection[], words: ChartWords): string {
  const scale = Math.max(1, ...sections.flatMap((s) => s.bars.map((b) => (b.cell.shown === "count" ? b.cell.count : 0))));
  const parts: string[] = [];
  let y = MARGIN + 28;
  parts.push(text(MARGIN, y, title, 30, { bold: true }));
  y += 16;
  for (const section of sections) {
    y += TITLE_ROW - 14;
    parts.push(text(MARGIN, y, section.title, 24, { bold: true, color: "#102038" }));
    y += 12;
    if (section.note) {
      parts.push(text(MARGIN, y + 22, section.note, 20, { color: "#5a6478" }));
      y += ROW;
    }
    for (const bar of section.bars) {
      const length = bar.cell.shown === "count" ? Math.round((bar.cell.count / scale) * BAR_MAX) : SMALL_BAR;
      const barX = MARGIN + LABEL_WIDTH;
      parts.push(text(barX - 12, y + 22, fitLabel(bar.label), 20, { anchor: "end" }));
      parts.push(
        `<rect x="${barX}" y="${y + 6}" width="${length}" height="${ROW - 12}" fill="${bar.cell.shown === "count" ? "#2f6fb3" : "#9aa5b8"}"/>`,
      );
      parts.push(text(barX + length + 8, y + 22, shownText(bar.cell, words.hidden), 20));
      y += ROW;
    }
  }
  const height = y + MARGIN;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}">`,
    `<rect width="${CHART_WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    `</svg>`,
  ].join("\n");
}

export const chartPng = (svg: string): Promise<Buffer> => svgToPng(svg);
