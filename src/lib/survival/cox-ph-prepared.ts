// The checked input of a Cox model and its design at beta = 0, shared by
// coxPH, coxPHScoreTest and coxLikelihoodShape: covariates sorted by risk set,
// centred and scaled as coxph does (except columns coded within {-1, 0, 1},
// coxph's nocenter), with the risk sets of coxph's tied-time blocks.
import {checkedEntries, checkedEvents, checkedTimes, checkedFrequencyWeights, checkLengths, groupCodes} from "./validate-input.js";
import type {CoxPHInput, CoxPHOptions} from "./cox-ph.js";
import type {CoxDesign} from "./cox-ph-partial-likelihood.js";
import {riskSets} from "./cox-ph-risk-sets.js";

/** Columns coded entirely within {-1, 0, 1} are neither centred nor scaled (coxph's nocenter). */
function isZeroOne(column: Float64Array): boolean {
  for (let i = 0; i < column.length; ++i) {
    const v = column[i];
    if (v !== 0 && v !== 1 && v !== -1) return false;
  }
  return true;
}

function checkedCovariates(covariates: Record<string, ArrayLike<number>>, n: number): {terms: string[]; columns: Float64Array[]} {
  const terms = Object.keys(covariates);
  if (terms.length === 0) throw new RangeError("covariates must name at least one column");
  checkLengths(n, Object.fromEntries(terms.map((name) => [`covariates.${name}`, covariates[name]])));
  const columns = terms.map((name) => {
    const source = covariates[name];
    const column = new Float64Array(n);
    for (let i = 0; i < n; ++i) {
      const v = source[i];
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw new RangeError(`covariates.${name}[${i}] is ${String(v)}, expected a finite number`);
      }
      column[i] = v;
    }
    return column;
  });
  return {terms, columns};
}

/** What the Cox fits share: the checked input and, when any event occurred, the design at beta = 0 (x sorted by risk set and scaled). */
export interface PreparedCox {
  terms: string[];
  total: number;
  nEvent: number;
  confLevel: number;
  entry: Float64Array | undefined;
  scale: Float64Array;
  design: CoxDesign | null;
}

export function preparedCox(input: CoxPHInput, options: CoxPHOptions): PreparedCox {
  const ties = options.ties ?? "efron";
  if (ties !== "efron" && ties !== "breslow") throw new RangeError(`ties is ${String(ties)}, expected "efron" or "breslow"`);
  const confLevel = options.confLevel ?? 0.95;
  if (typeof confLevel !== "number" || !(confLevel > 0 && confLevel < 1)) {
    throw new RangeError(`confLevel is ${String(confLevel)}, expected a number between 0 and 1`);
  }
  const time = checkedTimes(input.time);
  const n = time.length;
  checkLengths(n, {event: input.event, strata: input.strata, entry: input.entry, weights: input.weights});
  const weight = input.weights === undefined ? new Float64Array(n).fill(1) : checkedFrequencyWeights(input.weights);
  const event = checkedEvents(input.event);
  const entry = input.entry === undefined ? undefined : checkedEntries(input.entry, time);
  const {terms, columns} = checkedCovariates(input.covariates, n);
  const {codes: stratum, levels} = input.strata ? groupCodes(input.strata, "strata") : {codes: new Int32Array(n), levels: [0]};
  const p = terms.length;
  let nEvent = 0;
  let total = 0;
  for (let i = 0; i < n; ++i) {
    nEvent += weight[i] * event[i];
    total += weight[i];
  }

  if (nEvent === 0) return {terms, total, nEvent, confLevel, entry, scale: new Float64Array(p), design: null};
  const sets = riskSets(time, stratum, levels.length, entry);
  const {order} = sets;
  const x = new Float64Array(n * p);
  const status = new Uint8Array(n);
  const sortedWeight = new Float64Array(n);
  for (let s = 0; s < n; ++s) {
    status[s] = event[order[s]];
    sortedWeight[s] = weight[order[s]];
  }
  const scale = new Float64Array(p);
  for (let k = 0; k < p; ++k) {
    const column = columns[k];
    if (isZeroOne(column)) {
      scale[k] = 1;
      for (let s = 0; s < n; ++s) x[s * p + k] = column[order[s]];
      continue;
    }
    let sum = 0;
    for (let s = 0; s < n; ++s) sum += sortedWeight[s] * column[order[s]];
    const mean = sum / total;
    let absSum = 0;
    for (let s = 0; s < n; ++s) {
      const centred = column[order[s]] - mean;
      x[s * p + k] = centred;
      absSum += sortedWeight[s] * Math.abs(centred);
    }
    // Scaling to mean absolute deviation 1 only conditions the Newton steps; the estimates are scaled back.
    const factor = absSum > 0 ? total / absSum : 1;
    scale[k] = factor;
    for (let s = 0; s < n; ++s) x[s * p + k] *= factor;
  }

  const design: CoxDesign = {x, status, weight: sortedWeight, p, sets, efron: ties === "efron"};
  return {terms, total, nEvent, confLevel, entry, scale, design};
}
