// Landmark rates with confidence intervals, one row per group and a column
// per landmark, plus the median: the table beside every survival chart.
import type {SurvivalComparison} from "../lib/analysis/compare-survival.js";
import {formatConfLevel} from "../lib/format/interval.js";
import {keyboardScrollable} from "./keyboard-scrollable.js";

const percent = (x: number | null) => (x === null ? "—" : `${(100 * x).toFixed(0)}%`);
const months = (x: number | null) => (x === null ? "NR" : x.toFixed(1));

export function landmarkTable(comparison: Pick<SurvivalComparison, "curves" | "landmarks">): HTMLTableElement {
  const times = [...new Set(comparison.landmarks.map((r) => r.time))];
  const table = document.createElement("table");
  table.className = "landmark-table";
  // The level the curves were fitted at; with no curve there are no intervals to label.
  const confLevel = comparison.curves.find((c) => c.fit)?.fit?.confLevel ?? 0.95;
  const level = `${formatConfLevel(confLevel)} CI`;
  table.innerHTML = `<caption>Proportion without event (${level}) at each landmark, and median in months (${level}). NR: not reached.</caption>
<thead><tr><th scope="col">Group</th><th scope="col">n</th>${times.map((t) => `<th scope="col">${t} mo</th>`).join("")}<th scope="col">Median</th></tr></thead>`;
  const body = document.createElement("tbody");
  for (const curve of comparison.curves) {
    const tr = document.createElement("tr");
    tr.dataset.group = curve.group;
    const cells = times.map((t) => {
      const row = comparison.landmarks.find((r) => r.group === curve.group && r.time === t);
      if (!row || row.surv === null) return "<td>—</td>";
      const ci = row.lower === null ? "" : ` <small class="interval">(${percent(row.lower)}–${percent(row.upper)})</small>`;
      return `<td data-time="${t}"><span class="rate">${percent(row.surv)}</span>${ci}</td>`;
    });
    const median = curve.fit?.median;
    const medianCell = median ? `${months(median.estimate)} <small class="interval">(${months(median.lower)}–${months(median.upper)})</small>` : "—";
    tr.innerHTML = `<th scope="row">${curve.label}</th><td>${curve.n}</td>${cells.join("")}<td class="median">${medianCell}</td>`;
    body.append(tr);
  }
  table.append(body);
  return keyboardScrollable(table);
}
