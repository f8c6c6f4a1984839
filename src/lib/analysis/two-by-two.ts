// A yes/no outcome compared between chemoembolization and bland embolization:
// the 2×2 table (rows chemo, bland; columns yes, no), Woolf and exact odds
// ratios and Fisher's exact P, all of which treat rows as independent; for
// rows that come in clusters (procedures of one patient), also the odds ratio
// with a cluster-robust interval. Used for toxicity, infection, response.
import {formatRatio, formatRatioInterval} from "../format/interval.js";
import {clusteredOddsRatio, fisherExact, oddsRatio, type ClusteredOddsRatioResult, type OddsRatioResult} from "../stats/index.js";
import {clusterCodes} from "./cluster-codes.js";
import {smallGroupsNote} from "./small-groups.js";

export interface TwoByTwo {
  table: [[number, number], [number, number]];
  chemo: {yes: number; n: number};
  bland: {yes: number; n: number};
  woolf: OddsRatioResult | null;
  exact: OddsRatioResult | null;
  fisherP: number | null;
  /** With a `cluster` accessor: the odds ratio with a sandwich interval and Wald P, clusters as units; otherwise null. */
  clustered: ClusteredOddsRatioResult | null;
  /** Why there is no odds ratio or test: an arm under the small-group rule (counted in patients, the clusters when given). */
  note: string | null;
  /** The arms' sizes the small-group rule weighs: patients, or clusters when given (chemoembolization, bland). */
  groups: [number, number];
}

export function compareProportions<T>(
  rows: readonly T[],
  arm: (row: T) => "chemoembolization" | "bland",
  outcome: (row: T) => boolean,
  {confLevel = 0.95, cluster}: {confLevel?: number; cluster?: (row: T) => string} = {}
): TwoByTwo {
  const count = (a: string, yes: boolean) => rows.filter((r) => arm(r) === a && outcome(r) === yes).length;
  const table: [[number, number], [number, number]] = [
    [count("chemoembolization", true), count("chemoembolization", false)],
    [count("bland", true), count("bland", false)]
  ];
  const nChemo = table[0][0] + table[0][1];
  const nBland = table[1][0] + table[1][1];
  const patientsIn = (a: string) => (cluster ? new Set(rows.filter((r) => arm(r) === a).map(cluster)).size : a === "chemoembolization" ? nChemo : nBland);
  const groups: [number, number] = [patientsIn("chemoembolization"), patientsIn("bland")];
  const empty = [nChemo === 0 && "chemoembolization", nBland === 0 && "bland embolization"].filter(Boolean);
  const small = empty.length ? null : smallGroupsNote([{label: "Chemoembolization", n: groups[0]}, {label: "Bland embolization", n: groups[1]}]);
  const testable = empty.length === 0 && small === null;
  return {
    note: empty.length ? `No ${empty.join(" or ")} ${cluster ? "procedures" : "patients"} under these filters: no comparison` : small && `${small}: no odds ratio or test, since they would turn on one or two patients`,
    groups,
    table,
    chemo: {yes: table[0][0], n: nChemo},
    bland: {yes: table[1][0], n: nBland},
    woolf: testable ? oddsRatio(table, {method: "woolf", confLevel}) : null,
    exact: testable ? oddsRatio(table, {method: "exact", confLevel}) : null,
    fisherP: testable ? fisherExact(table).p : null,
    clustered: testable && cluster ? clusteredOf(rows, arm, outcome, cluster, confLevel) : null
  };
}

function clusteredOf<T>(rows: readonly T[], arm: (row: T) => "chemoembolization" | "bland", outcome: (row: T) => boolean, cluster: (row: T) => string, confLevel: number) {
  return clusteredOddsRatio(
    Uint8Array.from(rows, (r) => Number(outcome(r))),
    Uint8Array.from(rows, (r) => Number(arm(r) === "chemoembolization")),
    clusterCodes(rows, cluster),
    {confLevel}
  );
}

/** "OR 1.2 (95% CI 0.4–4.0)" from a Woolf, exact or cluster-robust result. */
export function formatOddsRatio(result: OddsRatioResult | ClusteredOddsRatioResult | null): string {
  if (!result || result.estimate === null) return "OR not estimable";
  if (result.lower === null) return `OR ${formatRatio(result.estimate, 1)} (CI not estimable)`;
  return `OR ${formatRatioInterval(result.estimate, result.lower, result.upper, result.confLevel, 1)}`;
}
