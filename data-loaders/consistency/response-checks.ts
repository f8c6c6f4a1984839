import {publishedValue as v} from "../published/index.js";
import {categoryCounts, type CategoryCounts} from "./category-counts.js";
import {percentCounts} from "./percent-counts.js";
import {row} from "./row.js";
import {matchesOddsRatio, type OddsRatioTable} from "./odds-ratio-tables.js";
import type {ConsistencySection} from "./types.js";

export interface ResponseSolution {
  chemoembolization: CategoryCounts;
  bland: CategoryCounts;
  oddsRatio: OddsRatioTable;
}

/** Evaluable patients per arm and regression/stabilization/progression counts matching every printed response figure. */
export function responseSolutions(): ResponseSolution[] {
  const chemo = categoryCounts([v("response.regression.chemo.percent"), v("response.stabilization.chemo.percent"), v("response.progression.chemo.percent")], 44);
  const bland = categoryCounts([v("response.regression.bland.percent"), v("response.stabilization.bland.percent"), v("response.progression.bland.percent")], 23);
  const printed = {estimate: v("response.regression.or"), lower: v("response.regression.or.lo"), upper: v("response.regression.or.hi"), decimals: 1};
  const out: ResponseSolution[] = [];
  for (const c of chemo) {
    for (const b of bland) {
      const match = matchesOddsRatio(c.counts[0], c.n - c.counts[0], b.counts[0], b.n - b.counts[0], printed);
      if (match) out.push({chemoembolization: c, bland: b, oddsRatio: match});
    }
  }
  return out;
}

export function responseChecks(): ConsistencySection {
  const ids = ["response.regression.chemo.percent", "response.stabilization.chemo.percent", "response.progression.chemo.percent"];
  const blandIds = ["response.regression.bland.percent", "response.stabilization.bland.percent", "response.progression.bland.percent"];
  const chemo = categoryCounts(ids.map(v), 44);
  const bland = categoryCounts(blandIds.map(v), 23);
  const solutions = responseSolutions();
  const describe = (c: CategoryCounts) => `${c.counts.join("/")} of ${c.n}`;
  const rows = [
    row(ids, "Chemoembolization 66% / 22% / 12% as regression/stabilization/progression of n ≤ 44 evaluable patients", {splits: chemo}, chemo.length ? "consistent" : "inconsistent", `Feasible: ${chemo.map(describe).join("; ")}.`),
    row(blandIds, "Bland 50% / 38% / 13% of n ≤ 23 evaluable patients", {splits: bland}, bland.length ? "consistent" : "inconsistent", `Feasible: ${bland.map(describe).join("; ")} (the shares add to 101% by rounding).`),
    row([...ids, ...blandIds, "response.regression.or", "response.regression.or.lo", "response.regression.or.hi"], "Jointly with the regression odds ratio 1.9 (Woolf 95% CI 0.6–6.2)",
      {solutions: solutions.map((s) => ({a: s.oddsRatio.table[0][0], b: s.oddsRatio.table[0][1], c: s.oddsRatio.table[1][0], d: s.oddsRatio.table[1][1], chemo: s.chemoembolization, bland: s.bland, estimate: s.oddsRatio.estimate, lower: s.oddsRatio.lower, upper: s.oddsRatio.upper}))},
      solutions.length === 1 ? "consistent" : solutions.length ? "ambiguous" : "inconsistent",
      solutions.length === 1
        ? `Unique: chemoembolization ${describe(solutions[0].chemoembolization)}, bland ${describe(solutions[0].bland)}; OR ${solutions[0].oddsRatio.estimate.toFixed(3)} (${solutions[0].oddsRatio.lower.toFixed(3)}–${solutions[0].oddsRatio.upper.toFixed(3)}). So 3 chemoembolization and 7 bland patients were not assessed at 1 month.`
        : `${solutions.length} solutions.`)
  ];
  const relief = [["symptom_relief.chemo.percent", 44], ["symptom_relief.bland.percent", 23]] as const;
  for (const [id, max] of relief) {
    const pairs = percentCounts(v(id), 1, max);
    rows.push(row([id], `${v(id)}% symptomatic relief: (k, n) with n ≤ ${max}`, {pairs}, pairs.length ? "consistent" : "inconsistent",
      `n ∈ {${pairs.map((p) => p.n).join(", ")}}. The arms' hormonally active counts (30 and 16) are not among them, so the denominator is not "patients with hormonally active tumours".`));
  }
  return {id: "response", title: "Response at 1 month and symptom relief", rows};
}
