/**
 * CSV as spreadsheets open it (RFC 4180): UTF-8 with a byte-order mark (so
 * Excel reads Kazakh and Russian), CRLF line ends, a field quoted when it
 * holds a comma, a quote, a line break or leading/trailing space, quotes doubled.
 */
import type { Cell } from "./export-columns.js";

export const BOM = "\uFEFF";

export function csvField(cell: Cell): string {
  if (cell === null) return "";
  const text = String(cell);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF included. */
export const csvLine = (cells: readonly Cell[]) => `${cells.map(csvField).join(",")}\r\n`;
