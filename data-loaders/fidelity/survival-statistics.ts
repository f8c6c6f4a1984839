// Kaplan-Meier landmarks, medians and log-rank P values of the cohort, all
// computed with the project's survival engine. One instance memoises the fits
// of one cohort state, so a pass over every published number fits each curve
// once; a FitCache shared across instances also reuses a fit whose input
// arrays are those of one of the last two fits of that statistic (the
// optimizer moves one patient at a time, so most curves stay as they were,
// and undoes rejected moves, so a curve often returns to its previous input).
import {isEstimatedAt, kaplanMeier, logRank, survivalAt, type KaplanMeierFit} from "../../src/lib/survival/index.js";
import type {ArmCode} from "../reconstruction/cohort-types.js";
import {endpointData, type EndpointData, type Subgroup, type SurvivalEndpoint, type SurvivalRow} from "./survival-endpoints.js";

export interface SurvivalStatistics {
  /** Percent surviving at `months`; null when the curve stops (above 0) before then. */
  landmark(endpoint: SurvivalEndpoint, arm: ArmCode | "all", subgroup: Subgroup, months: number): number | null;
  median(endpoint: SurvivalEndpoint, arm: ArmCode | "all", subgroup: Subgroup): number | null;
  /** Log-rank P comparing the arms within a subgroup. */
  armP(endpoint: SurvivalEndpoint, subgroup: Subgroup): number | null;
  /** Log-rank P comparing carcinoid with noncarcinoid tumours within an arm (or all). */
  tumorP(endpoint: SurvivalEndpoint, arm: ArmCode | "all"): number | null;
  /** Log-rank P comparing patients by a 0/1 baseline flag. */
  flagP(endpoint: SurvivalEndpoint, flag: BaselineFlag): number | null;
  /** Log-rank P comparing the arms among the patients whose flag is `value`. */
  armPWhere(endpoint: SurvivalEndpoint, flag: BaselineFlag, value: 0 | 1): number | null;
}

export type BaselineFlag = "hormonally_active" | "extrahepatic_disease";

interface CacheEntry<T> {
  input: (number | string | boolean)[][];
  result: T;
}

/** Results keyed by statistic: the latest fit first, then the one before, valid while their input arrays are unchanged. */
export type FitCache = Map<string, CacheEntry<unknown>[]>;

// Plain loops: the optimizer compares every input of every statistic on each move.
function same(a: (number | string | boolean)[][], b: (number | string | boolean)[][]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; ++i) {
    const [x, y] = [a[i], b[i]];
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; ++j) if (x[j] !== y[j]) return false;
  }
  return true;
}

const withWeights = (input: (number | string | boolean)[][], weights: number[] | undefined) => (weights ? [...input, weights] : input);

function cached<T>(cache: FitCache | undefined, key: string, input: (number | string | boolean)[][], compute: () => T): T {
  const [latest, previous] = cache?.get(key) ?? [];
  if (latest && same(latest.input, input)) return latest.result as T;
  if (previous && same(previous.input, input)) {
    cache?.set(key, [previous, latest]);
    return previous.result as T;
  }
  const result = compute();
  cache?.set(key, latest ? [{input, result}, latest] : [{input, result}]);
  return result;
}

// Only estimates are read here, and the optimizer fits hundreds of thousands of curves.
const ESTIMATES_ONLY = {confType: "none"} as const;

// A fit object is reused while its curve is unchanged, so its landmark values can be too.
const landmarkValues = new WeakMap<KaplanMeierFit, Map<number, number | null>>();

function landmarkOf(f: KaplanMeierFit, months: number): number | null {
  let values = landmarkValues.get(f);
  if (!values) landmarkValues.set(f, (values = new Map()));
  let v = values.get(months);
  if (v === undefined) {
    v = isEstimatedAt(f, months) ? 100 * survivalAt(f, months) : null;
    values.set(months, v);
  }
  return v;
}

/** `patients` may be a risk table's weighted rows (survival-endpoints.ts): every statistic then weighs them. */
export function survivalStatistics(patients: readonly SurvivalRow[], cache?: FitCache): SurvivalStatistics {
  const rows = new Map<string, EndpointData>();
  const dataOf = (endpoint: SurvivalEndpoint, arm: ArmCode | "all" = "all", subgroup: Subgroup = "all"): EndpointData => {
    const key = `${endpoint}|${arm}|${subgroup}`;
    let data = rows.get(key);
    if (!data) rows.set(key, (data = endpointData(patients, endpoint, arm, subgroup)));
    return data;
  };
  const fits = new Map<string, KaplanMeierFit | null>();
  const fit = (endpoint: SurvivalEndpoint, arm: ArmCode | "all", subgroup: Subgroup): KaplanMeierFit | null => {
    const key = `km|${endpoint}|${arm}|${subgroup}`;
    let result = fits.get(key);
    if (result === undefined) {
      const data = dataOf(endpoint, arm, subgroup);
      result = cached(cache, key, withWeights([data.time, data.event], data.weights), () => (data.time.length === 0 ? null : kaplanMeier(data, ESTIMATES_ONLY)));
      fits.set(key, result);
    }
    return result;
  };
  const p = (key: string, time: number[], event: number[], group: (string | boolean)[], weights?: number[]): number | null =>
    cached(cache, key, withWeights([time, event, group], weights), () => (new Set(group).size < 2 ? null : logRank({time, event, group, ...(weights ? {weights} : {})}).p));
  return {
    landmark(endpoint, arm, subgroup, months) {
      const f = fit(endpoint, arm, subgroup);
      return f ? landmarkOf(f, months) : null;
    },
    median(endpoint, arm, subgroup) {
      return fit(endpoint, arm, subgroup)?.median.estimate ?? null;
    },
    armP(endpoint, subgroup) {
      const d = dataOf(endpoint, "all", subgroup);
      return p(`arm|${endpoint}|${subgroup}`, d.time, d.event, d.arm, d.weights);
    },
    tumorP(endpoint, arm) {
      const d = dataOf(endpoint, arm);
      return p(`tumor|${endpoint}|${arm}`, d.time, d.event, d.carcinoid, d.weights);
    },
    flagP(endpoint, flag) {
      const d = dataOf(endpoint);
      return p(`flag|${endpoint}|${flag}`, d.time, d.event, d.rows.map((row) => row[flag] === 1), d.weights);
    },
    armPWhere(endpoint, flag, value) {
      const d = dataOf(endpoint);
      const kept = d.rows.flatMap((row, i) => (row[flag] === value ? [i] : []));
      const weights = d.weights;
      return p(`arm|${endpoint}|${flag}=${value}`, kept.map((i) => d.time[i]), kept.map((i) => d.event[i]), kept.map((i) => d.arm[i]), weights && kept.map((i) => weights[i]));
    }
  };
}
