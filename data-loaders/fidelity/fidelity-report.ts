// The fidelity report: every printed number next to the cohort's value for it,
// whether that value prints the same (lies in the number's rounding band),
// whether the reconstruction aimed at it (fitted) or left it alone (check),
// and for each miss the reason: a proven conflict with named numbers, or the
// search falling short. For a supplied cohort the same comparison is made
// against the paper, without fitted/check roles.
import {jointToxicityDenominators} from "../consistency/toxicity-denominators.js";
import {PUBLISHED_NUMBERS, publishedNumber, publishedValue, TABLE1, TABLE2} from "../published/index.js";
import type {PublishedNumber} from "../published/types.js";
import type {Cohort} from "../reconstruction/cohort-types.js";
import {HELD_OUT_CHECKS} from "../reconstruction/held-out-checks.js";
import {inBand} from "../published/rounding-band.js";
import {createEvaluator, type Evaluation, type Evaluator} from "./evaluate-number.js";
import {halfWidthConflict} from "./half-width-conflict.js";
import {infectionPConflict} from "./infection-p-conflict.js";
import {KNOWN_CONFLICTS} from "./known-conflicts.js";

/** ambiguous: the sentence names more than one statistic, and some readings print as the paper does and some do not. */
export type FidelityStatus = "reproduced" | "ambiguous" | "infeasible" | "missed" | "not_evaluable";
/**
 * fitted: the reconstruction aims at it (by construction or in the search);
 * check: held out, to test the fit; excluded: not aimed at because it is shown
 * to conflict with other numbers; comparison: a supplied cohort (no fit);
 * none: not evaluable.
 */
export type FidelityRole = "fitted" | "check" | "excluded" | "comparison" | "none";

export interface FidelityRow {
  id: string;
  label: string;
  location: PublishedNumber["location"];
  kind: PublishedNumber["kind"];
  published: string;
  band: [number, number];
  reconstructed: number | null;
  /** The cohort's value printed at the paper's precision. */
  reconstructedText: string | null;
  inBand: boolean | null;
  role: FidelityRole;
  status: FidelityStatus;
  reason?: string;
  conflictsWith?: string[];
  ledger?: string;
  detail?: string;
  /** Every reading of an ambiguous sentence, each compared with the printed number; the first is `reconstructed`. */
  readings?: FidelityReading[];
}

export interface FidelityReading {
  label: string;
  value: number | null;
  /** The value printed at the paper's precision. */
  text: string | null;
  inBand: boolean;
  detail?: string;
}

export interface FidelitySummary {
  /** reproduced + ambiguous + infeasible + missed. */
  total: number;
  reproduced: number;
  /** Some readings of the sentence reproduced, some not: counted neither as reproduced nor as accounted for. */
  ambiguous: number;
  infeasible: number;
  missed: number;
  notEvaluable: number;
  /** reproduced / total, in percent (total excludes not-evaluable numbers). */
  percentReproduced: number;
  /** (reproduced + infeasible) / total, in percent. */
  percentAccountedFor: number;
  /** reproduced / (total − infeasible): the share of the numbers a cohort can reproduce at all, in percent. */
  percentReproducedOfFeasible: number;
}

export interface FidelityReport {
  source: {kind: "reconstructed" | "supplied"; dir?: string; seed?: number};
  summary: FidelitySummary;
  /** The held-out statistics the reconstruction never aimed at. */
  checks: {summary: FidelitySummary; rows: FidelityRow[]};
  rows: FidelityRow[];
}

function summarize(rows: FidelityRow[]): FidelitySummary {
  const count = (s: FidelityStatus) => rows.filter((r) => r.status === s).length;
  const notEvaluable = count("not_evaluable");
  const total = rows.length - notEvaluable;
  const reproduced = count("reproduced");
  const infeasible = count("infeasible");
  const pct = (x: number, of = total) => (of === 0 ? 0 : Math.round((1000 * x) / of) / 10);
  return {
    total, reproduced, ambiguous: count("ambiguous"), infeasible, missed: count("missed"), notEvaluable,
    percentReproduced: pct(reproduced), percentAccountedFor: pct(reproduced + infeasible), percentReproducedOfFeasible: pct(reproduced, total - infeasible)
  };
}

/** A supplied cohort may lack what a statistic needs (say, two relief durations); that is a missing value, not a crash. */
function safely(evaluate: () => Evaluation): Evaluation {
  try {
    const e = evaluate();
    return e.evaluable && e.value !== null && !Number.isFinite(e.value) ? {...e, value: null} : e;
  } catch (error) {
    return {evaluable: true, value: null, detail: `not computable: ${error instanceof Error ? error.message : String(error)}`};
  }
}

function printed(value: number, n: PublishedNumber): string {
  const text = value.toFixed(n.decimals);
  return (n.unit === "percent" && n.kind !== "ci_half_width") || n.kind === "km_landmark" ? `${text}%` : text;
}

type PaperConflict = {reason: string; conflictsWith: string[]};

let paperConflicts: ReadonlyMap<string, PaperConflict> | null = null;

/**
 * Conflicts proven from the paper's own numbers: the "±" half-widths and the
 * infection P against the tables and the 219 procedures. They hold for every
 * cohort, so they are worked out once per process, whatever the size of a
 * supplied cohort.
 */
function paperConflict(id: string): PaperConflict | undefined {
  paperConflicts ??= provePaperConflicts();
  return paperConflicts.get(id);
}

function provePaperConflicts(): Map<string, PaperConflict> {
  const splits = jointToxicityDenominators(TABLE1, TABLE2, publishedValue("cohort.procedures.abstract"));
  const conflicts = new Map<string, PaperConflict>();
  for (const n of PUBLISHED_NUMBERS.filter((n) => n.kind === "ci_half_width")) {
    const totalId = n.id.replace(/\.ci$/, ".total");
    const modality = n.id.startsWith("table1") ? "chemoembolization" : "bland";
    const reason = halfWidthConflict(n, publishedNumber(totalId), splits.map((split) => split[modality]));
    if (reason) conflicts.set(n.id, {reason, conflictsWith: [totalId, "cohort.procedures.abstract"]});
  }
  const infectionP = publishedNumber("toxicity.infection.p");
  const reason = infectionPConflict(infectionP, splits);
  if (reason) conflicts.set(infectionP.id, {reason, conflictsWith: ["table1.infection.total", "table2.infection.total", "cohort.procedures.abstract"]});
  return conflicts;
}

function readingsOf(evaluate: Evaluator, n: PublishedNumber): FidelityReading[] | null {
  return evaluate.readings(n)?.map(({label, compute}) => {
    const e = safely(() => ({evaluable: true, ...compute()}));
    const value = e.evaluable ? e.value : null;
    const detail = e.evaluable ? e.detail : undefined;
    return {label, value, text: value === null ? null : printed(value, n), inBand: value !== null && inBand(value, n), ...(detail ? {detail} : {})};
  }) ?? null;
}

export function fidelityReport(cohort: Cohort, source: FidelityReport["source"]): FidelityReport {
  const evaluate = createEvaluator(cohort);
  const reconstructed = source.kind === "reconstructed";
  const rows = PUBLISHED_NUMBERS.map((n): FidelityRow => {
    const base = {id: n.id, label: n.label, location: n.location, kind: n.kind, published: n.text, band: n.band};
    const e = safely(() => evaluate(n));
    if (!e.evaluable) return {...base, reconstructed: null, reconstructedText: null, inBand: null, role: "none", status: "not_evaluable", reason: e.reason};
    const role: FidelityRole = !reconstructed
      ? "comparison"
      : HELD_OUT_CHECKS.has(n.id)
        ? "check"
        : n.id in KNOWN_CONFLICTS || n.kind === "ci_half_width"
          ? "excluded"
          : "fitted";
    const hit = e.value !== null && inBand(e.value, n);
    const readings = readingsOf(evaluate, n);
    const row: FidelityRow = {
      ...base,
      reconstructed: e.value,
      reconstructedText: e.value === null ? null : printed(e.value, n),
      inBand: hit,
      role,
      status: hit ? "reproduced" : "missed",
      ...(e.detail ? {detail: e.detail} : {}),
      ...(readings ? {readings} : {})
    };
    const matching = readings?.filter((r) => r.inBand).length;
    if (readings && matching && matching < readings.length) {
      return {...row, status: "ambiguous", reason: `depends on the reading: ${matching} of ${readings.length} readings print as the paper does`};
    }
    if (hit) return row;
    const known = KNOWN_CONFLICTS[n.id];
    if (known) return {...row, status: "infeasible", reason: known.reason, conflictsWith: known.conflictsWith, ...(known.ledger ? {ledger: known.ledger} : {})};
    const proof = paperConflict(n.id);
    if (proof) return {...row, status: "infeasible", reason: proof.reason, conflictsWith: proof.conflictsWith};
    const reason = !reconstructed ? "the supplied cohort differs from the paper" : role === "check" ? "held-out check (never aimed at): the cohort built for the fitted numbers gives a different value" : "search fell short";
    return {...row, reason};
  });
  const checks = rows.filter((r) => r.role === "check");
  return {source, summary: summarize(rows), checks: {summary: summarize(checks), rows: checks}, rows};
}
