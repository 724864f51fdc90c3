/**
 * Writes an export to a stream one report at a time (the caller's records
 * come from a database cursor): memory stays that of a row, whatever the
 * number of reports. CSV (csv.ts) or a JSON array of objects keyed by column name.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import { BOM, csvLine } from "./csv.js";
import { exportColumns, rowOf, type ExportRecord } from "./export-columns.js";

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format: ExportFormat;
  /** With the sealed columns (names, places, accounts). */
  sealed: boolean;
}

export interface ExportWritten {
  rows: number;
  bytes: number;
}

export async function writeExport(records: AsyncIterable<ExportRecord>, options: ExportOptions, out: Writable): Promise<ExportWritten> {
  const columns = exportColumns(options.sealed);
  let bytes = 0;
  let rows = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, "drain");
  };
  try {
    await write(options.format === "csv" ? BOM + csvLine(columns.map((column) => column.name)) : "[");
    for await (const record of records) {
      const cells = rowOf(record, columns);
      if (options.format === "csv") await write(csvLine(cells));
      else
        await write(
          `${rows === 0 ? "\n" : ",\n"}${JSON.stringify(Object.fromEntries(columns.map((column, i) => [column.name, cells[i]])))}`,
        );
      rows += 1;
    }
    if (options.format === "json") await write("\n]\n");
    out.end();
    await once(out, "finish");
  } catch (error) {
    // A failed read (the database gone mid-way) must not leave the file open.
    out.destroy();
    throw error;
  }
  return { rows, bytes };
}

/** Telegram takes documents from bots up to 50 MB; a larger export asks for a shorter period. */
export const MAX_EXPORT_BYTES = 50_000_000;

/** `reports-2026-11-01_2026-11-30.csv`: the first and the last day of the period. */
export const exportFileName = (firstDay: string, lastDay: string, format: ExportFormat) => `reports-${firstDay}_${lastDay}.${format}`;
