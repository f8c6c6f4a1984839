// The subgroup forest plot's numbers: the hazard ratio of chemoembolization
// against bland embolization in all patients and within each level of each
// chosen subgrouping column (a numeric column split at its median), each from
// its own arm-only Cox model, with the interaction test of each column: the
// Wald test of the arm × subgroup terms of R's coxph(Surv ~ arm * subgroup),
// on as many degrees of freedom as levels less one. The small-group rule: a
// level's ratio needs 5 patients in each arm, the interaction test 5 in every
// arm × level cell. A risk table's weighted rows count as the patients they
// stand for, and enter each model as frequency weights.
import {coxMonotone, coxPH, coxWaldTest, type CoxPHTest} from "../survival/index.js";
import type {EndpointId} from "./endpoints.js";
import {exploreColumn} from "./explore-columns.js";
import {groupLabel} from "./explore-comparison.js";
import {exploreData} from "./explore-data.js";
import type {PatientRow} from "./patient-row.js";
import {smallGroupsNote} from "./small-groups.js";
import {inSentence} from "../format/in-sentence.js";

export interface ForestRow {
  /** The subgrouping column, or null for all patients. */
  column: string | null;
  level: string | null;
  label: string;
  /** Patients in chemoembolization and in bland embolization. */
  sizes: [number, number];
  hr: number | null;
  lower: number | null;
  upper: number | null;
  /** Standard error of the log hazard ratio: the box's size is its inverse square. */
  se: number | null;
  note: string | null;
}

export interface ForestInteraction {
  column: string;
  label: string;
  test: CoxPHTest | null;
  /** Patients in every arm × level cell. */
  cells: number[];
  note: string | null;
}

export interface SubgroupForest {
  rows: ForestRow[];
  interactions: ForestInteraction[];
}

export interface SubgroupForestOptions {
  endpoint: EndpointId;
  subgroups: readonly string[];
  confLevel?: number;
  ties?: "efron" | "breslow";
}

const ARMS = [["chemoembolization", "Chemoembolization"], ["bland", "Bland embolization"]] as const;

interface Rows {
  time: number[];
  event: (0 | 1)[];
  entry: number[] | null;
  chemo: number[];
  weights: number[] | null;
}

function armRatio(rows: Rows, base: Omit<ForestRow, "hr" | "lower" | "upper" | "se" | "note" | "sizes">, confLevel: number, ties: "efron" | "breslow"): ForestRow {
  let chemo = 0;
  let bland = 0;
  rows.chemo.forEach((c, i) => {
    const w = rows.weights ? rows.weights[i] : 1;
    if (c === 1) chemo += w;
    else bland += w;
  });
  const sizes: [number, number] = [chemo, bland];
  const empty = {...base, sizes, hr: null, lower: null, upper: null, se: null};
  const small = smallGroupsNote(ARMS.map(([, label], k) => ({label, n: sizes[k]})));
  if (small) return {...empty, note: `${small}: no hazard ratio`};
  if (!rows.event.includes(1)) return {...empty, note: "No events: no hazard ratio"};
  const model = {time: rows.time, event: rows.event, entry: rows.entry ?? undefined, covariates: {chemoembolization: rows.chemo}, ...(rows.weights ? {weights: rows.weights} : {})};
  const fit = coxPH(model, {confLevel, ties});
  // Withheld only when the likelihood rises to infinity, not on R's heuristic warning, which weighted rows trip near HR = 1.
  if (fit.coef[0] === null || coxMonotone(model)) return {...empty, note: "The hazard ratio cannot be estimated: one arm has no events or all of them"};
  return {...base, sizes, hr: fit.hr[0], lower: fit.lower[0], upper: fit.upper[0], se: fit.se[0], note: null};
}

export function subgroupForest(patients: readonly PatientRow[], {endpoint, subgroups, confLevel = 0.95, ties = "efron"}: SubgroupForestOptions): SubgroupForest {
  const subset = (data: ReturnType<typeof exploreData>, keep: (i: number) => boolean): Rows => {
    const rows = data.rows.flatMap((_, i) => (keep(i) ? [i] : []));
    return {
      time: rows.map((i) => data.time[i]),
      event: rows.map((i) => data.event[i]),
      entry: data.entry ? rows.map((i) => data.entry![i]) : null,
      chemo: rows.map((i) => (data.rows[i].arm === "chemoembolization" ? 1 : 0)),
      weights: data.weights ? rows.map((i) => data.weights![i]) : null
    };
  };
  const all = exploreData(patients, endpoint, {column: "arm"});
  const rows: ForestRow[] = [armRatio(subset(all, () => true), {column: null, level: null, label: "All patients"}, confLevel, ties)];
  const interactions: ForestInteraction[] = [];
  for (const id of subgroups) {
    if (id === "arm") continue;
    const column = exploreColumn(id);
    const data = exploreData(patients, endpoint, {column: id, cut: "median"});
    const {levels} = data.grouping;
    for (const level of levels) rows.push(armRatio(subset(data, (i) => data.group[i] === level), {column: id, level, label: `${column.label}: ${inSentence(groupLabel(id, level))}`}, confLevel, ties));
    const cells = ARMS.flatMap(([arm, armLabel]) => levels.map((level) => ({label: `${inSentence(armLabel)}, ${inSentence(groupLabel(id, level))}`, n: data.rows.reduce((n, p, i) => n + (p.arm === arm && data.group[i] === level ? (data.weights ? data.weights[i] : 1) : 0), 0)})));
    const interaction = {column: id, label: column.label, cells: cells.map((c) => c.n)};
    if (levels.length < 2) {
      interactions.push({...interaction, test: null, note: `Only one level of ${inSentence(column.label)} has patients under these filters: no interaction test`});
      continue;
    }
    const small = smallGroupsNote(cells);
    if (small) {
      interactions.push({...interaction, test: null, note: `${small}: no interaction test, since it would turn on one or two patients`});
      continue;
    }
    const r = subset(data, () => true);
    const covariates: Record<string, number[]> = {chemoembolization: r.chemo};
    const product: string[] = [];
    for (const level of levels.slice(1)) {
      const indicator = data.group.map((g) => (g === level ? 1 : 0));
      covariates[`level ${level}`] = indicator;
      covariates[`chemoembolization:level ${level}`] = indicator.map((x, i) => x * r.chemo[i]);
      product.push(`chemoembolization:level ${level}`);
    }
    const fit = r.event.includes(1) ? coxPH({time: r.time, event: r.event, entry: r.entry ?? undefined, covariates, ...(r.weights ? {weights: r.weights} : {})}, {confLevel, ties}) : null;
    const test = fit ? coxWaldTest(fit, product) : null;
    interactions.push({...interaction, test, note: test ? null : "The interaction cannot be estimated: each arm needs events in every level"});
  }
  return {rows, interactions};
}
