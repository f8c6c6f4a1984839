// The risk-table loader's line in the build log. The log is the data
// steward's own, so it gives the exact counts the published files never
// hold: a MIN_CELL that withholds most of a small cohort would otherwise
// leave pages that look complete and show a fraction of it.
import type {SuppressionTally} from "./min-cell.js";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** `risk-table: N rows`, then under MIN_CELL what it withheld, and a warning line when that is more than half of the patients. */
export function minCellLog(rowCount: number, minCell: number | null, {patterns, patients, withheldPatients}: SuppressionTally, suppressed: number): string {
  const head = `risk-table: ${plural(rowCount, "row", "rows")}`;
  if (minCell === null) return head;
  const share = patients === 0 ? "" : ` (${Math.round((100 * withheldPatients) / patients)}%)`;
  const line = `${head}, MIN_CELL=${minCell}: ${suppressed} of ${plural(patterns, "pattern", "patterns")} withheld, holding ${withheldPatients} of ${plural(patients, "patient", "patients")}${share}`;
  if (2 * withheldPatients <= patients) return line;
  const shown = patients - withheldPatients;
  return `${line}\nwarning: MIN_CELL=${minCell} withholds more than half of the patients: the pages show ${plural(shown, "patient", "patients")} of ${patients}, those in patterns of ${minCell} or more`;
}
