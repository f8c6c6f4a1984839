// Draws whole trials under a design's assumptions and analyses each as the
// design says it will be analysed: patients enter uniformly over the accrual
// period, event times come from each arm's piecewise-exponential curve,
// dropout is exponential, and the log-rank test runs when the required number
// of events has happened (or, if fewer ever happen, on everything). The share
// of trials that reject is the empirical power, beside the formula's.
import {logRank} from "../survival/index.js";
import {criticalValues, type Sided} from "./critical-values.js";
import type {Arms} from "./expected-events.js";
import type {PiecewiseExponential} from "./piecewise-exponential.js";
import {seededRandom} from "./seeded-random.js";

export interface SimulationInput {
  arms: Arms;
  /** Patients per arm. */
  patients: {treatment: number; control: number};
  accrualPeriod: number;
  /** Dropout hazard per month. */
  eta: number;
  /** The analysis runs at this many events. */
  events: number;
  alpha: number;
  sided: Sided;
  /** One-sided tests only: 1 rejects when treatment has fewer events than expected, −1 more. */
  direction?: 1 | -1;
}

export interface SimulationOptions {
  trials?: number;
  seed?: number;
  /** Called with the trials done so far, every `progressEvery` trials. */
  onProgress?: (done: number) => void;
  progressEvery?: number;
}

export interface SimulationResult {
  trials: number;
  seed: number;
  rejections: number;
  /** rejections / trials, with its binomial standard error. */
  power: number;
  standardError: number;
  /** Mean events at the analysis and mean months from the first entry to it. */
  meanEvents: number;
  meanDuration: number;
}

/** Inverse of H on a piecewise-exponential curve: the time at which the cumulative hazard reaches e (Infinity if never). */
function eventTimeSampler({start, hazard}: PiecewiseExponential): (e: number) => number {
  const atStart = new Float64Array(start.length);
  for (let k = 1; k < start.length; ++k) atStart[k] = atStart[k - 1] + hazard[k - 1] * (start[k] - start[k - 1]);
  return (e) => {
    let k = start.length - 1;
    while (atStart[k] > e) --k;
    // A piece with zero hazard leaves H flat, so the search passes it: only a last piece without hazard never ends.
    return hazard[k] > 0 ? start[k] + (e - atStart[k]) / hazard[k] : Infinity;
  };
}

export function simulateTrials(input: SimulationInput, {trials = 2000, seed = 1, onProgress, progressEvery = 100}: SimulationOptions = {}): SimulationResult {
  const {arms, patients, accrualPeriod, eta, events, alpha, sided, direction = 1} = input;
  const nT = patients.treatment;
  const nC = patients.control;
  if (!(Number.isInteger(nT) && Number.isInteger(nC) && nT > 0 && nC > 0)) throw new RangeError(`patients per arm are ${nT} and ${nC}, expected positive whole numbers`);
  if (!(Number.isInteger(trials) && trials > 0)) throw new RangeError(`trials is ${trials}, expected a positive whole number`);
  if (!(events > 0)) throw new RangeError(`events is ${events}, expected a positive number`);
  const {zAlpha} = criticalValues({alpha, sided, power: 0.5});
  const target = Math.ceil(events);
  const random = seededRandom(seed);
  const n = nT + nC;
  const sample = [eventTimeSampler(arms.control), eventTimeSampler(arms.treatment)];
  const arm = new Uint8Array(n);
  arm.fill(1, 0, nT);
  const group = new Uint8Array(n);
  const entry = new Float64Array(n);
  const onStudy = new Float64Array(n);
  const isEvent = new Uint8Array(n);
  const calendar = new Float64Array(n);
  const time = new Float64Array(n);
  const event = new Uint8Array(n);
  let rejections = 0;
  let eventSum = 0;
  let durationSum = 0;
  for (let trial = 0; trial < trials; ++trial) {
    let m = 0;
    let lastSeen = 0;
    for (let i = 0; i < n; ++i) {
      entry[i] = random() * accrualPeriod;
      const x = sample[arm[i]](-Math.log1p(-random()));
      const d = eta > 0 ? -Math.log1p(-random()) / eta : Infinity;
      isEvent[i] = x <= d ? 1 : 0;
      onStudy[i] = Math.min(x, d);
      lastSeen = Math.max(lastSeen, entry[i] + onStudy[i]);
      if (isEvent[i]) calendar[m++] = entry[i] + x;
    }
    const eventTimes = calendar.subarray(0, m).sort();
    const analysis = m >= target ? eventTimes[target - 1] : Infinity;
    let k = 0;
    for (let i = 0; i < n; ++i) {
      if (entry[i] >= analysis) continue;
      const end = analysis - entry[i];
      time[k] = Math.min(onStudy[i], end);
      event[k] = isEvent[i] && onStudy[i] <= end ? 1 : 0;
      group[k] = arm[i];
      ++k;
    }
    const test = logRank({time: time.subarray(0, k), event: event.subarray(0, k), group: group.subarray(0, k)}, {levels: [0, 1]});
    const z = (test.expected[1] - test.observed[1]) / Math.sqrt(test.variance[1][1]);
    if (sided === 2 ? Math.abs(z) > zAlpha : direction * z > zAlpha) ++rejections;
    eventSum += Math.min(m, target);
    durationSum += analysis === Infinity ? lastSeen : analysis;
    if (onProgress && (trial + 1) % progressEvery === 0) onProgress(trial + 1);
  }
  const power = rejections / trials;
  return {trials, seed, rejections, power, standardError: Math.sqrt((power * (1 - power)) / trials), meanEvents: eventSum / trials, meanDuration: durationSum / trials};
}
