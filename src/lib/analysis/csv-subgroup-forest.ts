// The subgroup forest plot of a reader's own CSV: the hazard ratio of the
// group's second level against its first, in all rows and within each level
// of each subgrouping column, each from its own Cox model of the group alone,
// with the interaction test of each column: the Wald test of the group ×
// subgroup terms of R's coxph(Surv ~ group * subgroup), on as many degrees of
// freedom as levels less one. The small-group rule as on the cohort's forest:
// a level's ratio needs 5 rows in each group, the interaction test 5 in every
// group × level cell.
import {coxMonotone, coxPH, coxWaldTest} from "../survival/index.js";
import {smallGroupsNote} from "./small-groups.js";
import type {ForestRow, SubgroupForest} from "./subgroup-forest.js";
import type {SurvivalCsv} from "./survival-csv.js";

export interface CsvForest extends SubgroupForest {
  /** Why there is no forest: the group does not have two levels. */
  note: string | null;
}

export function csvSubgroupForest(data: SurvivalCsv, {confLevel = 0.95}: {confLevel?: number} = {}): CsvForest {
  const names = Object.keys(data.subgroups);
  if (!data.group || names.length === 0) return {rows: [], interactions: [], note: null};
  const levels = data.groupLevels!;
  if (levels.length !== 2) return {rows: [], interactions: [], note: `The forest plot compares two groups: the group column has ${levels.length === 1 ? "one level" : `${levels.length} levels`}`};
  const [first, second] = levels;
  const arm = Uint8Array.from(data.group, (g) => (g === second ? 1 : 0));
  const {time, event, entry} = data;
  const pick = (rows: number[]) => ({
    time: rows.map((i) => time[i]),
    event: rows.map((i) => event[i]),
    entry: entry ? rows.map((i) => entry[i]) : undefined,
    arm: rows.map((i) => arm[i])
  });
  const ratio = (rows: number[], base: Pick<ForestRow, "column" | "level" | "label">): ForestRow => {
    const d = pick(rows);
    const inSecond = d.arm.reduce((s: number, a) => s + a, 0);
    const sizes: [number, number] = [inSecond, rows.length - inSecond];
    const empty = {...base, sizes, hr: null, lower: null, upper: null, se: null};
    const small = smallGroupsNote([{label: second, n: sizes[0]}, {label: first, n: sizes[1]}], "rows");
    if (small) return {...empty, note: `${small}: no hazard ratio`};
    if (!d.event.includes(1)) return {...empty, note: "No events: no hazard ratio"};
    const model = {time: d.time, event: d.event, entry: d.entry, covariates: {[second]: d.arm}};
    const fit = coxPH(model, {confLevel});
    // Withheld only when the likelihood rises to infinity, not on R's heuristic warning.
    if (fit.coef[0] === null || coxMonotone(model)) return {...empty, note: "The hazard ratio cannot be estimated: one group has no events or all of them"};
    return {...base, sizes, hr: fit.hr[0], lower: fit.lower[0], upper: fit.upper[0], se: fit.se[0], note: null};
  };
  const all = Array.from(arm, (_, i) => i);
  const rows: ForestRow[] = [ratio(all, {column: null, level: null, label: "All rows"})];
  const interactions: CsvForest["interactions"] = [];
  for (const name of names) {
    const {level, levels: subLevels} = data.subgroups[name];
    for (const l of subLevels) rows.push(ratio(all.filter((i) => level[i] === l), {column: name, level: l, label: `${name}: ${l}`}));
    const cells = [second, first].flatMap((g, a) => subLevels.map((l) => ({label: `${g}, ${name} ${l}`, n: all.filter((i) => arm[i] === 1 - a && level[i] === l).length})));
    const interaction = {column: name, label: name, cells: cells.map((c) => c.n)};
    if (subLevels.length < 2) {
      interactions.push({...interaction, test: null, note: `Only one level of ${name} has rows: no interaction test`});
      continue;
    }
    const small = smallGroupsNote(cells, "rows");
    if (small) {
      interactions.push({...interaction, test: null, note: `${small}: no interaction test, since it would turn on one or two rows`});
      continue;
    }
    const filled = all.filter((i) => level[i] !== null);
    const d = pick(filled);
    const covariates: Record<string, number[]> = {[second]: d.arm};
    const product: string[] = [];
    for (const l of subLevels.slice(1)) {
      const indicator = filled.map((i) => (level[i] === l ? 1 : 0));
      covariates[`${name} ${l}`] = indicator;
      covariates[`${second}:${name} ${l}`] = indicator.map((x, k) => x * d.arm[k]);
      product.push(`${second}:${name} ${l}`);
    }
    const fit = d.event.includes(1) ? coxPH({time: d.time, event: d.event, entry: d.entry, covariates}, {confLevel}) : null;
    const test = fit ? coxWaldTest(fit, product) : null;
    interactions.push({...interaction, test, note: test ? null : "The interaction cannot be estimated: each group needs events in every level"});
  }
  return {rows, interactions, note: null};
}
