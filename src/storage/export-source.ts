/**
 * The records of an export: reports from a cursor, each with its cases,
 * fetched for a batch of reports at once (one query per batch, not per report).
 */
import type { ExportRecord } from "../documentation/export-columns.js";
import type { Report } from "../reports/report.js";
import type { RegionId } from "../shared/regions.js";
import type { CasesStore } from "./cases-store.js";
import type { ReportsStore } from "./reports-store.js";

export async function* exportRecords(
  stores: { reports: ReportsStore; cases: CasesStore },
  from: Date,
  to: Date,
  regions?: RegionId[],
  batchSize = 100,
): AsyncGenerator<ExportRecord> {
  let batch: Report[] = [];
  async function* flush(): AsyncGenerator<ExportRecord> {
    const cases = await stores.cases.forReports(batch.map((report) => report.code));
    for (const report of batch)
      yield {
        report,
        cases: cases.filter((c) => c.code === report.code).map(({ sector, status, outcome }) => ({ sector, status, outcome })),
      };
    batch = [];
  }
  for await (const report of stores.reports.openedIn(from, to, regions, batchSize)) {
    batch.push(report);
    if (batch.length >= batchSize) yield* flush();
  }
  if (batch.length > 0) yield* flush();
}
