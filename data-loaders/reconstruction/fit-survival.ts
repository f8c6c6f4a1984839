// Event and censoring times fitted to the printed Kaplan-Meier landmarks,
// medians and log-rank P values, one endpoint at a time so that each search
// only moves what its numbers depend on:
//   1. survival from embolization (everyone);
//   2. the intervals diagnosis → liver metastases → embolization, which turn
//      it into survival from diagnosis and from metastases;
//   3. TTP (assessed patients; 0 for progression at 1 month), bounded by survival;
//   4. TTTF, between TTP and survival.
// Every cost is computed with the fidelity evaluator, i.e. with the project's
// survival engine, so the report and the optimizer cannot disagree.
import {PUBLISHED_NUMBERS} from "../published/index.js";
import type {PublishedNumber} from "../published/types.js";
import {createEvaluator} from "../fidelity/evaluate-number.js";
import {KNOWN_CONFLICTS} from "../fidelity/known-conflicts.js";
import type {Flag, PatientRow} from "./cohort-types.js";
import {HELD_OUT_CHECKS} from "./held-out-checks.js";
import type {Prng} from "./prng.js";
import {searchTimes, type TimeVariable} from "./search-times.js";
import {targetPenalty} from "./target-penalty.js";

/** Longest follow-up: first treatments in 1991, analysis after 2005. */
const MAX_FOLLOW_UP = 170;
const round1 = (x: number): number => Math.round(x * 10) / 10;

export interface FitBudget {
  os: number;
  intervals: number;
  ttp: number;
  tttf: number;
}

export const DEFAULT_BUDGET: FitBudget = {os: 6000, intervals: 4000, ttp: 6000, tttf: 4000};

export interface PhaseResult {
  phase: keyof FitBudget;
  targets: string[];
  cost: number;
  misses: string[];
}

function targetsFor(test: (n: PublishedNumber) => boolean): PublishedNumber[] {
  return PUBLISHED_NUMBERS.filter((n) => test(n) && !HELD_OUT_CHECKS.has(n.id) && !(n.id in KNOWN_CONFLICTS));
}

function runPhase(phase: keyof FitBudget, patients: PatientRow[], targets: PublishedNumber[], variables: TimeVariable[], rng: Prng, iterations: number): PhaseResult {
  const cost = () => {
    const evaluate = createEvaluator({patients, procedures: []});
    let total = 0;
    for (const n of targets) {
      const e = evaluate(n);
      total += e.evaluable ? targetPenalty(e.value, n) : 0;
    }
    return total;
  };
  const best = variables.length > 0 ? searchTimes(variables, cost, rng, {iterations}) : cost();
  const evaluate = createEvaluator({patients, procedures: []});
  const misses = targets.filter((n) => {
    const e = evaluate(n);
    return e.evaluable && targetPenalty(e.value, n) > 0;
  });
  return {phase, targets: targets.map((n) => n.id), cost: best, misses: misses.map((n) => n.id)};
}

/** Exponential draw with the given median, censored at a random follow-up. */
function draw(median: number, followUp: number, rng: Prng): [number, Flag] {
  const t = (-median / Math.LN2) * Math.log(1 - rng.next());
  return t < followUp ? [round1(Math.max(0.1, t)), 1] : [round1(followUp), 0];
}

const carcinoid = (p: PatientRow) => p.primary_tumor === "carcinoid";
const SURVIVAL_KINDS = new Set(["km_landmark", "km_median", "logrank_p", "p_value"]);

export function fitSurvival(patients: PatientRow[], earlyDeaths: readonly PatientRow[], rng: Prng, budget: FitBudget = DEFAULT_BUDGET): PhaseResult[] {
  const results: PhaseResult[] = [];
  const dead = new Set(earlyDeaths);

  // 1. Survival from embolization. Lost patients are censored within 6 months;
  // the early deaths are deaths.
  const osMedian = (p: PatientRow) => (carcinoid(p) ? (p.arm === "chemoembolization" ? 128 : 60) : 32);
  const osVariables: TimeVariable[] = patients.map((p) => {
    const lost = p.lost_to_follow_up === 1;
    const lo = lost ? 0.5 : dead.has(p) ? 2 : 1;
    const hi = lost ? 6 : MAX_FOLLOW_UP;
    [p.os_months, p.os_event] = lost ? [round1(lo + rng.next() * (hi - lo)), 0] : draw(osMedian(p), 24 + rng.next() * (MAX_FOLLOW_UP - 24), rng);
    if (dead.has(p)) p.os_event = 1;
    return {
      lo, hi,
      ...(lost ? {fixedEvent: 0} : dead.has(p) ? {fixedEvent: 1} : {}),
      get: () => [p.os_months, p.os_event],
      set: (time, event) => ((p.os_months = time), (p.os_event = event as Flag))
    };
  });
  results.push(runPhase("os", patients, targetsFor((n) => n.endpoint === "os_embolization" && SURVIVAL_KINDS.has(n.kind) && n.subgroup !== "other_subgroups"), osVariables, rng, budget.os));

  // 2. Intervals before embolization.
  for (const p of patients) {
    p.months_diagnosis_to_liver_metastases = rng.next() < 0.45 ? 0 : round1((-30 / Math.LN2) * Math.log(1 - rng.next()));
    p.months_liver_metastases_to_embolization = round1((-20 / Math.LN2) * Math.log(1 - rng.next()));
  }
  const intervalVariables: TimeVariable[] = patients.flatMap((p) => [
    {lo: 0, hi: 240, fixedEvent: 0, get: () => [p.months_diagnosis_to_liver_metastases, 0], set: (time: number) => void (p.months_diagnosis_to_liver_metastases = time)},
    {lo: 0, hi: 298, fixedEvent: 0, get: () => [p.months_liver_metastases_to_embolization, 0], set: (time: number) => void (p.months_liver_metastases_to_embolization = time)}
  ]);
  const intervalTargets = targetsFor(
    (n) => ((n.endpoint === "os_diagnosis" || n.endpoint === "os_liver_metastases") && SURVIVAL_KINDS.has(n.kind)) || n.id.startsWith("baseline.diagnosis_to_liver_metastases") || n.id.startsWith("baseline.liver_metastases_to_embolization")
  );
  results.push(runPhase("intervals", patients, intervalTargets, intervalVariables, rng, budget.intervals));

  // 3. TTP for assessed patients: 0 for progression at 1 month, else at most survival.
  const assessed = patients.filter((p) => p.response_1mo !== null);
  const ttpMedian = (p: PatientRow) => (p.arm === "chemoembolization" ? (carcinoid(p) ? 55 : 5) : carcinoid(p) ? 10 : 8);
  const ttpVariables: TimeVariable[] = [];
  for (const p of assessed) {
    if (p.response_1mo === "progression") {
      [p.ttp_months, p.ttp_event] = [0, 1];
      continue;
    }
    const hi = Math.max(0.2, p.os_months);
    [p.ttp_months, p.ttp_event] = draw(ttpMedian(p), hi, rng);
    ttpVariables.push({lo: 0.1, hi, get: () => [p.ttp_months as number, p.ttp_event as number], set: (time, event) => ((p.ttp_months = time), (p.ttp_event = event as Flag))});
  }
  results.push(runPhase("ttp", patients, targetsFor((n) => n.endpoint === "ttp" && SURVIVAL_KINDS.has(n.kind)), ttpVariables, rng, budget.ttp));

  // 4. TTTF: equal to TTP when TTP is censored or 0, otherwise between TTP and survival.
  const tttfVariables: TimeVariable[] = [];
  for (const p of assessed) {
    const ttp = p.ttp_months as number;
    if (p.ttp_event === 0 || ttp === 0) {
      [p.tttf_months, p.tttf_event] = [ttp, p.ttp_event];
      continue;
    }
    const hi = Math.max(ttp, p.os_months);
    [p.tttf_months, p.tttf_event] = [ttp, 1];
    tttfVariables.push({lo: ttp, hi, get: () => [p.tttf_months as number, p.tttf_event as number], set: (time, event) => ((p.tttf_months = time), (p.tttf_event = event as Flag))});
  }
  results.push(runPhase("tttf", patients, targetsFor((n) => n.endpoint === "tttf"), tttfVariables, rng, budget.tttf));
  return results;
}
