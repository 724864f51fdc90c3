/**
 * The export's columns and encodings, without the bot: the README's table is
 * the declarations' table, the sealed columns are exactly the identifying
 * ones, CSV quoting follows RFC 4180, and the writer streams.
 */
import { readFileSync } from "node:fs";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { columnsTable } from "../src/documentation/columns-table.js";
import { csvField, csvLine } from "../src/documentation/csv.js";
import { EXPORT_COLUMNS, exportColumns, type ExportRecord } from "../src/documentation/export-columns.js";
import { unpackPeriod } from "../src/documentation/export-period.js";
import { writeExport } from "../src/documentation/export-writer.js";
import { sampleReport } from "./helpers/sample-report.js";

describe("the columns", () => {
  it("the README's table is the declarations' table (run the test, paste columnsTable() when a column changes)", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(readme).toContain(columnsTable());
  });

  it("names are unique snake_case; the sealed ones are the exact times, names, places, the place taken to and the account", () => {
    const names = EXPORT_COLUMNS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(EXPORT_COLUMNS.filter((c) => c.sealed).map((c) => c.name)).toEqual([
      "submitted_at",
      "event_at",
      "place_text",
      "place_lat",
      "place_lon",
      "victim_name",
      "detention_taken_to",
      "account",
    ]);
    expect(exportColumns(false).some((c) => c.sealed)).toBe(false);
    expect(names.filter((name) => /chat|telegram|file_id|user/.test(name))).toEqual([]);
  });
});

describe("CSV", () => {
  it("quotes a comma, a quote, a line break and edge spaces; doubles quotes; ends with CRLF", () => {
    expect(csvField('он сказал "стой", и\nушёл')).toBe('"он сказал ""стой"", и\nушёл"');
    expect(csvField("Әсел Қасымова")).toBe("Әсел Қасымова");
    expect(csvField(" x")).toBe('" x"');
    expect(csvField(null)).toBe("");
    expect(csvField(47.1)).toBe("47.1");
    expect(csvLine(["a", null, 3])).toBe("a,,3\r\n");
  });
});

describe("the writer", () => {
  it("writes the BOM and header, then one line per record as they come; an empty source gives the header only", async () => {
    const report = sampleReport({ name: "Нұрлан" });
    async function* two(): AsyncGenerator<ExportRecord> {
      yield { report, cases: [{ sector: "lawyer", status: "open", outcome: null }] };
      yield { report, cases: [] };
    }
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (chunk: Buffer) => chunks.push(chunk));
    const written = await writeExport(two(), { format: "csv", sealed: true }, out);
    const text = Buffer.concat(chunks).toString("utf8");
    expect(written).toEqual({ rows: 2, bytes: Buffer.byteLength(text) });
    expect(text.startsWith(`\uFEFFcode,submitted_hour,submitted_at,kind,`)).toBe(true);
    expect(text.split("\r\n")).toHaveLength(4);
    expect(text).toContain("Нұрлан");

    const empty = new PassThrough();
    const json: Buffer[] = [];
    empty.on("data", (chunk: Buffer) => json.push(chunk));
    expect((await writeExport((async function* () {})(), { format: "json", sealed: false }, empty)).rows).toBe(0);
    expect(JSON.parse(Buffer.concat(json).toString("utf8"))).toEqual([]);
  });
});

describe("the period in a button", () => {
  it("reads real days of at most 31 days, both included; refuses the rest", () => {
    expect(unpackPeriod("20261101", "20261130")).toEqual({
      from: new Date("2026-11-01T00:00:00Z"),
      to: new Date("2026-12-01T00:00:00Z"),
    });
    for (const [from, to] of [
      ["20261131", "20261201"],
      ["20261201", "20261101"],
      ["20260101", "20260301"],
      ["2026111", "20261130"],
    ])
      expect(unpackPeriod(from!, to!)).toBeUndefined();
  });
});
