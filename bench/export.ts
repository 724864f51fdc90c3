/**
 * `npm run bench:export`: /export's memory on a large period. Seeds N reports
 * (default 10,000; a name, a place and a 400-character account each) in the
 * embedded database (or MONGODB_URI), then exports them as CSV and as JSON,
 * both with the sealed fields, the way the bot does (a cursor → a temp file).
 * Prints rows, bytes, time, and the growth during each export (peak minus
 * before) of: the heap and the resident memory sampled every 10 ms (garbage
 * not yet collected included), and the live heap — measured after a full
 * collection every 500 rows, what the export really holds. For contrast, the
 * same figures for holding every report in a list at once.
 *
 * Options: --reports N.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ExportRecord } from "../src/documentation/export-columns.js";
import { writeExport, type ExportFormat } from "../src/documentation/export-writer.js";
import { exportRecords } from "../src/storage/export-source.js";
import { sampleReport } from "../test/helpers/sample-report.js";
import { openBenchStorage } from "./bench-storage.js";
import { computeStats } from "../src/stats/stats.js";

const index = process.argv.indexOf("--reports");
const REPORTS = index > 0 ? Number(process.argv[index + 1]) : 10_000;
const MiB = 2 ** 20;
const NAMES = ["Әсел Қасымова", "Нұрлан Өтепов", "Айгүл Сейітқызы", "Серик Жақыпов"];
const ACCOUNT = "Полицейские в штатском подошли, не представились, затолкали в машину, телефон отобрали. ".repeat(5).slice(0, 400);

/** Runs `work` while sampling memory every 10 ms; the growth is peak minus the figure before. */
async function measured<T>(
  work: (probe: AsyncIterable<ExportRecord>) => Promise<T>,
  records: AsyncIterable<ExportRecord>,
): Promise<{ result: T; ms: number; heapMiB: number; rssMiB: number; liveMiB: number }> {
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peakLive = before.heapUsed;
  // Every 500 rows: a full collection, then the heap that is still in use.
  async function* probe() {
    let n = 0;
    for await (const record of records) {
      if (++n % 500 === 0 && globalThis.gc) {
        globalThis.gc();
        peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
      }
      yield record;
    }
  }
  let peakHeap = before.heapUsed;
  let peakRss = before.rss;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakRss = Math.max(peakRss, now.rss);
  }, 10);
  const start = performance.now();
  const result = await work(probe());
  const ms = performance.now() - start;
  clearInterval(timer);
  const after = process.memoryUsage();
  peakHeap = Math.max(peakHeap, after.heapUsed);
  peakRss = Math.max(peakRss, after.rss);
  if (globalThis.gc) peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
  return {
    result,
    ms,
    heapMiB: (peakHeap - before.heapUsed) / MiB,
    rssMiB: (peakRss - before.rss) / MiB,
    liveMiB: (peakLive - before.heapUsed) / MiB,
  };
}

const bench = await openBenchStorage("export");
const dir = mkdtempSync(path.join(os.tmpdir(), "bench-export-"));
try {
  const { storage } = bench;
  console.log(`export: ${REPORTS} reports, database: ${bench.kind}${globalThis.gc ? "" : " (run with --expose-gc for steadier figures)"}`);
  const seedStart = performance.now();
  for (let i = 0; i < REPORTS; i += 50) {
    const batch = Array.from({ length: Math.min(50, REPORTS - i) }, (_, j) =>
      sampleReport({ name: NAMES[(i + j) % NAMES.length]!, place: { text: `улица ${i + j}, дом 5` }, account: ACCOUNT }),
    );
    await Promise.all(batch.map((report) => storage.reports.save(report, 3_000_000 + i)));
  }
  console.log(`seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  const from = new Date(Date.now() - 86_400_000);
  const to = new Date(Date.now() + 86_400_000);

  console.log("\n               rows      bytes     time  live heap growth  heap growth  RSS growth");
  const mib = (value: number, width: number) => `${value.toFixed(1)} MiB`.padStart(width);
  const line = (label: string, rows: number, bytes: number, m: { ms: number; heapMiB: number; rssMiB: number; liveMiB: number }) =>
    console.log(
      `${label.padEnd(13)}${String(rows).padStart(6)}${String(bytes).padStart(11)}${`${(m.ms / 1000).toFixed(2)} s`.padStart(9)}${mib(m.liveMiB, 18)}${mib(m.heapMiB, 13)}${mib(m.rssMiB, 12)}`,
    );
  for (const format of ["csv", "json"] as ExportFormat[]) {
    const file = path.join(dir, `export.${format}`);
    const m = await measured(
      (records) => writeExport(records, { format, sealed: true }, createWriteStream(file)),
      exportRecords(storage, from, to),
    );
    line(`${format} export`, m.result.rows, statSync(file).size, m);
  }
  // Contrast: every report unsealed into one list, as a naive export would hold them.
  const all = await measured(
    async (records) => {
      const list = [];
      for await (const record of records) list.push(record);
      return list;
    },
    exportRecords(storage, from, to),
  );
  line("all in a list", all.result.length, 0, all);
  // /stats over the same reports: each is opened for its rights signals (src/stats/signals.ts).
  const statsStart = performance.now();
  const facts = await storage.reports.statsFacts(from, to);
  const stats = computeStats({ from, to }, facts, []);
  console.log(
    `\n/stats facts of ${facts.length} reports read in ${((performance.now() - statsStart) / 1000).toFixed(2)} s (${stats.reports.shown === "count" ? stats.reports.count : "?"} counted)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  await bench.close();
}
