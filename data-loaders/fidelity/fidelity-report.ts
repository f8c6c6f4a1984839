// The fidelity report: every printed number next to the cohort's value for it,
// whether that value prints the same (lies in the number's rounding band),
// whether the reconstruction aimed at it (fitted) or left it alone (check),
// and for each miss the reason: a certificate of infeasibility that verifies
// (data-loaders/certificates), the half-width's method not identified, or the
// search falling short. For a supplied cohort the same comparison is made
// against the paper, without fitted/check roles.
import type {Certificate} from "../certificates/certificate-types.js";
import {INFEASIBILITY_CERTIFICATES} from "../certificates/infeasibility-certificates.js";
import {certificateIds, verifyCertificate} from "../certificates/verify-certificate.js";
import {jointToxicityDenominators} from "../consistency/toxicity-denominators.js";
import {PUBLISHED_NUMBERS, publishedNumber, publishedValue, TABLE1, TABLE2} from "../published/index.js";
import type {PublishedNumber} from "../published/types.js";
import type {Cohort} from "../reconstruction/cohort-types.js";
import {HELD_OUT_CHECKS} from "../reconstruction/held-out-checks.js";
import {PINNED_POOLED_TTP_MEDIAN, PINNED_TTP_MEDIAN, SET_ASIDE_TARGETS} from "../reconstruction/set-aside-targets.js";
import {inBand} from "../published/rounding-band.js";
import {createEvaluator, type Evaluation, type Evaluator} from "./evaluate-number.js";
import {halfWidthTrials, type HalfWidthTrial} from "./half-width-methods.js";
import {halfWidthVerdict} from "./half-width-verdict.js";

/**
 * ambiguous: the sentence names more than one statistic, and some readings print as the paper does and some do not.
 * infeasible: missed, with a certificate of infeasibility that verifies.
 * unidentified: a "±" half-width that no tried interval method gives on any count the tables allow.
 */
export type FidelityStatus = "reproduced" | "ambiguous" | "infeasible" | "unidentified" | "missed" | "not_evaluable";
/**
 * fitted: the reconstruction aims at it (by construction or in the search);
 * check: held out, to test the fit; excluded: the search does not aim at it
 * (set aside, or a "±" half-width); comparison: a supplied cohort (no fit);
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
  /** The certificate behind an "infeasible" status, with its verification. */
  certificate?: Certificate & VerifiedCertificate;
  /** For a "±" half-width: every interval method tried, over every count the tables allow. */
  halfWidthMethods?: HalfWidthTrial[];
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

export interface VerifiedCertificate {
  verified: boolean;
  checked: number;
  summary: string;
}

export interface FidelitySummary {
  /** reproduced + ambiguous + infeasible + unidentified + missed. */
  total: number;
  reproduced: number;
  /** Some readings of the sentence reproduced, some not: counted neither as reproduced nor as accounted for. */
  ambiguous: number;
  infeasible: number;
  /** "±" half-widths whose interval method is not identified. */
  unidentified: number;
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
    total, reproduced, ambiguous: count("ambiguous"), infeasible, unidentified: count("unidentified"), missed: count("missed"), notEvaluable,
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

let halfWidths: ReadonlyMap<string, HalfWidthTrial[]> | null = null;

/**
 * Every interval method on every count the tables allow, for each "±"
 * half-width. It rests on the paper's numbers only, so it is worked out once
 * per process, whatever the size of a supplied cohort.
 */
function halfWidthMethodsOf(id: string): HalfWidthTrial[] {
  halfWidths ??= tryHalfWidthMethods();
  return halfWidths.get(id) as HalfWidthTrial[];
}

function tryHalfWidthMethods(): Map<string, HalfWidthTrial[]> {
  const splits = jointToxicityDenominators(TABLE1, TABLE2, publishedValue("cohort.procedures.abstract"));
  const out = new Map<string, HalfWidthTrial[]>();
  for (const n of PUBLISHED_NUMBERS.filter((n) => n.kind === "ci_half_width")) {
    const modality = n.id.startsWith("table1") ? "chemoembolization" : "bland";
    const patients = publishedValue(modality === "chemoembolization" ? "arm.chemo.count" : "arm.bland.count");
    out.set(n.id, halfWidthTrials(n, publishedNumber(n.id.replace(/\.ci$/, ".total")), splits.map((split) => split[modality]), [patients]));
  }
  return out;
}

const verifications = new Map<string, VerifiedCertificate>();

/** The certificate of a number with its verification, run once per process. */
function certified(id: string): (Certificate & VerifiedCertificate) | null {
  const entry = INFEASIBILITY_CERTIFICATES[id];
  if (!entry) return null;
  let v = verifications.get(id);
  if (!v) verifications.set(id, (v = verifyCertificate(entry.certificate)));
  return {...entry.certificate, ...v};
}

function readingsOf(evaluate: Evaluator, n: PublishedNumber): FidelityReading[] | null {
  return evaluate.readings(n)?.map(({label, compute}) => {
    const e = safely(() => ({evaluable: true, ...compute()}));
    const value = e.evaluable ? e.value : null;
    const detail = e.evaluable ? e.detail : undefined;
    return {label, value, text: value === null ? null : printed(value, n), inBand: value !== null && inBand(value, n), ...(detail ? {detail} : {})};
  }) ?? null;
}

/** `evaluate`: how a number is computed from the cohort; a build from aggregates passes createCountEvaluator's. */
export function fidelityReport(cohort: Cohort, source: FidelityReport["source"], evaluate: Evaluator = createEvaluator(cohort)): FidelityReport {
  const reconstructed = source.kind === "reconstructed";
  const rows = PUBLISHED_NUMBERS.map((n): FidelityRow => {
    const base = {id: n.id, label: n.label, location: n.location, kind: n.kind, published: n.text, band: n.band};
    const e = safely(() => evaluate(n));
    if (!e.evaluable) return {...base, reconstructed: null, reconstructedText: null, inBand: null, role: "none", status: "not_evaluable", reason: e.reason};
    const role: FidelityRole = !reconstructed
      ? "comparison"
      : HELD_OUT_CHECKS.has(n.id)
        ? "check"
        : (SET_ASIDE_TARGETS.has(n.id) && n.id !== PINNED_TTP_MEDIAN && n.id !== PINNED_POOLED_TTP_MEDIAN) || n.kind === "ci_half_width"
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
    if (n.kind === "ci_half_width" && !hit) {
      const halfWidthMethods = halfWidthMethodsOf(n.id);
      const verdict = halfWidthVerdict(n, cohort, halfWidthMethods);
      const shown = verdict.value === undefined ? {} : {reconstructed: verdict.value, reconstructedText: printed(verdict.value, n), inBand: true};
      return {...row, ...shown, status: verdict.status, reason: verdict.detail, halfWidthMethods};
    }
    if (n.kind === "ci_half_width") return {...row, halfWidthMethods: halfWidthMethodsOf(n.id)};
    if (hit) return row;
    const certificate = certified(n.id);
    if (certificate?.verified) {
      const ledger = INFEASIBILITY_CERTIFICATES[n.id].ledger;
      return {...row, status: "infeasible", reason: certificate.summary, conflictsWith: certificateIds(certificate).slice(1), certificate, ...(ledger ? {ledger} : {})};
    }
    const reason = !reconstructed
      ? "the supplied cohort differs from the paper"
      : role === "check"
        ? "held-out check (never aimed at): the cohort built for the fitted numbers gives a different value"
        : role === "excluded"
          ? "not aimed at by the search; no certificate of infeasibility, so a cohort may reach it"
          : "search fell short";
    return {...row, reason};
  });
  const checks = rows.filter((r) => r.role === "check");
  return {source, summary: summarize(rows), checks: {summary: summarize(checks), rows: checks}, rows};
}
