/** The README's table of export columns, made from their declarations (a test keeps the README equal to it). */
import { EXPORT_COLUMNS } from "./export-columns.js";

export function columnsTable(): string {
  const rows = EXPORT_COLUMNS.map(
    (column) =>
      `| \`${column.name}\` | ${column.group} | ${column.sealed ? "sealed only" : "both"} | ${column.doc.replace(/\|/g, "\\|")} |`,
  );
  return ["| column | part | in | meaning |", "|---|---|---|---|", ...rows].join("\n");
}
