// data/risk-table.json: the cohort's risk table — per endpoint, pattern
// (arm × primary tumour × hormonal activity × extrahepatic disease) and
// distinct time, events, censorings and entries — with the patterns MIN_CELL
// suppressed ({minCell, suppressed, rows}), in every mode
// (data-loaders/aggregate/published-risk-table.ts). Data on stdout, logs on
// stderr; a bad cohort or risk table exits 1.
import {publishedRiskTable} from "../../data-loaders/aggregate/published-risk-table.js";

try {
  const table = await publishedRiskTable();
  process.stderr.write(`risk-table: ${table.rows.length} rows${table.minCell === null ? "" : `, MIN_CELL=${table.minCell}: ${table.suppressed.length} pattern(s) suppressed`}\n`);
  process.stdout.write(JSON.stringify(table));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
