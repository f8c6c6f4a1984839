// /explore's Cox model: the grouping and the chosen covariates, as R's
// coxph(Surv(time, event) ~ group + x1 + x2, ties = ties) with treatment
// contrasts (each categorical column's first level, in factor() order, is the
// reference) and cox.zph of that fit. Patients with an empty cell in a
// modelled column are left out, as R's na.omit. The small-group rule: every
// level of the grouping and of each categorical covariate needs 5 patients.
// A risk table's weighted rows enter as frequency weights, so a model of its
// pattern columns is the rows' model.
import {coxMonotone, coxPH, coxZph, type CoxPHResult, type CoxZphResult} from "../survival/index.js";
import type {EndpointId} from "./endpoints.js";
import {exploreColumn} from "./explore-columns.js";
import {groupLabel} from "./explore-comparison.js";
import {exploreData} from "./explore-data.js";
import {levelOrder, type GroupingSpec} from "./explore-grouping.js";
import type {PatientRow} from "./patient-row.js";
import {smallGroupsNote} from "./small-groups.js";
import {inSentence} from "../format/in-sentence.js";

export interface ExploreCoxOptions {
  endpoint: EndpointId;
  grouping: GroupingSpec;
  covariates: readonly string[];
  ties?: "efron" | "breslow";
  confLevel?: number;
}

export interface ExploreCox {
  fit: CoxPHResult | null;
  zph: CoxZphResult | null;
  /** Each term as it reads ("Sex: M", "Age at diagnosis"). */
  labels: string[];
  /** Patients per level of every categorical term: the groups of the small-group rule. */
  groups: {label: string; n: number}[];
  /**
   * Whether a coefficient is infinite. "yes": the model's one term is a 0/1
   * indicator whose likelihood rises to +-infinity (coxMonotone, exact).
   * "maybe": a model of a numeric term or of several draws R's warning
   * "coefficient may be infinite" (fit.infinite), which no exact check here
   * confirms. Null otherwise, and without a model.
   */
  infinite: "yes" | "maybe" | null;
  /** Why there is no model, or null. */
  note: string | null;
  n: number;
  /** Patients left out for an empty cell in a covariate. */
  omitted: number;
}

export function exploreCox(patients: readonly PatientRow[], {endpoint, grouping, covariates, ties = "efron", confLevel = 0.95}: ExploreCoxOptions): ExploreCox {
  const data = exploreData(patients, endpoint, grouping);
  const columns = [...new Set(covariates)].filter((c) => c !== grouping.column).map(exploreColumn);
  const complete = data.rows.flatMap((p, i) => (columns.every((c) => c.value(p) !== null) ? [i] : []));
  const pick = <T>(values: readonly T[]) => complete.map((i) => values[i]);
  const weights = data.weights ? pick(data.weights) : null;
  // Patients with value `level` among `values`, each row counted by its weight.
  const count = (values: readonly string[], level: string) => values.reduce((n, v, k) => n + (v === level ? (weights ? weights[k] : 1) : 0), 0);
  const sum = (w: readonly number[]) => w.reduce((n, x) => n + x, 0);
  const design: Record<string, number[]> = {};
  const labels: string[] = [];
  const groups: {label: string; n: number}[] = [];
  const addFactor = (name: string, label: string, values: string[], numeric: boolean, levelLabel: (level: string) => string) => {
    const levels = levelOrder(values, numeric);
    for (const level of levels) groups.push({label: `${label}: ${levelLabel(level)}`, n: count(values, level)});
    for (const level of levels.slice(1)) {
      design[`${name}${level}`] = values.map((v) => (v === level ? 1 : 0));
      labels.push(`${label}: ${levelLabel(level)} vs ${levelLabel(levels[0])}`);
    }
  };
  const groupValues = pick(data.group);
  const byLevel = new Map(data.grouping.levels.map((l, k) => [l, k]));
  // The grouping keeps its own order (cuts low to high), as R's cut() factor does.
  const groupLevels = data.grouping.levels.filter((l) => groupValues.includes(l));
  for (const level of groupLevels) groups.push({label: groupLabel(grouping.column, level), n: count(groupValues, level)});
  for (const level of groupLevels.slice(1)) {
    design[`group${byLevel.get(level)}`] = groupValues.map((v) => (v === level ? 1 : 0));
    labels.push(`${groupLabel(grouping.column, level)} vs ${inSentence(groupLabel(grouping.column, groupLevels[0]))}`);
  }
  for (const column of columns) {
    const values = pick(data.rows).map((p) => column.value(p)!);
    if (column.kind === "numeric") {
      design[column.id] = values as number[];
      labels.push(column.label);
    } else {
      addFactor(column.id, column.label, values.map(String), values.every((v) => typeof v === "number"), (l) => column.levelName(l));
    }
  }
  const analysed = weights ? sum(weights) : complete.length;
  const base = {labels, groups, n: analysed, omitted: (data.weights ? sum(data.weights) : data.rows.length) - analysed};
  const none = (note: string): ExploreCox => ({...base, fit: null, zph: null, infinite: null, note});
  if (data.grouping.note) return none(data.grouping.note);
  if (labels.length === 0) return none("Nothing to model: the grouping has one level under these filters and no covariate is chosen.");
  const small = smallGroupsNote(groups);
  if (small) return none(`${small} under these filters: no Cox model, since its hazard ratios would turn on one or two patients.`);
  const input = {time: pick(data.time), event: pick(data.event), entry: data.entry ? pick(data.entry) : undefined, covariates: design, ...(weights ? {weights} : {})};
  if (!input.event.includes(1)) return none("No events under these filters: no Cox model.");
  try {
    const fit = coxPH(input, {ties, confLevel});
    const terms = Object.values(design);
    // With one 0/1 term R's warning is checked exactly: rows weighted by thousands trip it on a ratio near 1.
    const indicator = terms.length === 1 && terms[0].every((v) => v === 0 || v === 1);
    const infinite = indicator ? (coxMonotone(input) ? "yes" : null) : fit.infinite.some(Boolean) ? "maybe" : null;
    return {...base, fit, zph: coxZph(input, {ties, fit}), infinite, note: null};
  } catch (error) {
    return none(`No Cox model: ${(error as Error).message}.`);
  }
}
