// The cohort's value for one printed number: the same statistic, on the same
// denominator, computed from the patient and procedure rows with the project's
// engines. Numbers that are not statements about this cohort (citations,
// design constants, laboratory values the schema does not hold) are marked
// not evaluable with the reason.
import {group, max, min} from "d3";
import {PRIMARY_TUMORS} from "../cohort-schema.js";
import type {PublishedNumber} from "../published/types.js";
import {fisherExact, oddsRatio, tTest} from "../../src/lib/stats/index.js";
import type {ArmCode, Cohort, PatientRow, ProcedureRow} from "../reconstruction/cohort-types.js";
import {READINGS, type ReadingValue} from "./readings.js";
import {isSurvivalEndpoint, type Subgroup, type SurvivalEndpoint} from "./survival-endpoints.js";
import {survivalStatistics, type FitCache} from "./survival-statistics.js";

export type Evaluation = {evaluable: true; value: number | null; detail?: string} | {evaluable: false; reason: string};

const ARM_BY_KEY: Record<string, ArmCode> = {chemo: "chemoembolization", bland: "bland"};

/** The arm a number's id names ("….chemo.…", "….bland.…"), or undefined. */
export const armOfId = (id: string): ArmCode | undefined => ARM_BY_KEY[id.split(".").find((part) => part in ARM_BY_KEY) ?? ""];
const TOXICITY_KEY: Record<string, keyof ProcedureRow> = {
  pain: "grade_pain", fever: "grade_fever", nausea: "grade_nausea", vomiting: "grade_vomiting", fatigue: "grade_fatigue",
  weight_loss: "grade_weight_loss", bilirubin: "grade_bilirubin", ggt_alp: "grade_ggt_alp", ast: "grade_ast", alt: "grade_alt",
  infection: "grade_infection", cardiac: "grade_cardiac", other: "grade_other"
};
const FLAGS = ["prior_primary_resection", "prior_hepatectomy", "prior_chemotherapy", "prior_radiation", "liver_metastases_3plus"] as const;

const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
const percent = (k: number, n: number): number => (100 * k) / n;
const value = (v: number | null, detail?: string): Evaluation => ({evaluable: true, value: v, ...(detail ? {detail} : {})});
// d3's, not Math.min(...xs): a supplied cohort can hold more rows than a call takes arguments (about 120,000 here).
const least = (xs: number[]): number | null => min(xs) ?? null;
const most = (xs: number[]): number | null => max(xs) ?? null;
const notEvaluable = (reason: string): Evaluation => ({evaluable: false, reason});

/** Patients with at least one procedure of grade ≥ 3 in any category. */
function severe(procedures: readonly ProcedureRow[]): Set<string> {
  const ids = new Set<string>();
  for (const p of procedures) if (Object.values(TOXICITY_KEY).some((k) => (p[k] as number) >= 3)) ids.add(p.patient_id);
  return ids;
}

export type Evaluator = ((n: PublishedNumber) => Evaluation) & {
  /** Starts over after the rows' times changed (the optimizer); fits whose input is unchanged come from the cache. */
  refresh(): void;
  /**
   * The survival endpoints whose times and events a number is computed from,
   * each with the patients it covers, or null when it may read anything, so
   * the optimizer knows which numbers a move leaves as they were.
   */
  reads(n: PublishedNumber): SurvivalReads[] | null;
  /** Each reading of a number whose sentence names more than one statistic (the first is the evaluation), or null. */
  readings(n: PublishedNumber): {label: string; compute(): ReadingValue}[] | null;
};

export interface SurvivalReads {
  endpoint: SurvivalEndpoint;
  arm: ArmCode | "all";
  subgroup: Subgroup;
}

/** `cache` lets repeated evaluations of a changing cohort (the optimizer) reuse unchanged fits. */
export function createEvaluator({patients, procedures}: Cohort, cache?: FitCache): Evaluator {
  let survival = survivalStatistics(patients, cache);
  const inArm = (arm: ArmCode) => patients.filter((p) => p.arm === arm);
  const armOf = new Map(patients.map((p) => [p.id, p.arm]));
  const byPatient = group(procedures, (r) => r.patient_id);
  const crossovers = (arm: ArmCode) => inArm(arm).filter((p) => (byPatient.get(p.id) ?? []).some((r) => r.modality !== arm));
  const evaluable = (arm: ArmCode) => inArm(arm).filter((p) => p.response_1mo !== null);
  const relieved = (arm: ArmCode) => inArm(arm).filter((p) => p.symptom_relief === 1).map((p) => p.symptom_relief_months as number);
  const severeIds = severe(procedures);
  const severeCount = (arm: ArmCode) => inArm(arm).filter((p) => severeIds.has(p.id)).length;

  /** A landmark or median of the curve of the patients `reads` names, or the log-rank P among them. */
  const survivalNumber = (n: PublishedNumber, {endpoint, arm, subgroup}: SurvivalReads): Evaluation => {
    if (n.kind === "km_landmark") return value(survival.landmark(endpoint, arm, subgroup, n.timeMonths as number));
    if (n.kind === "km_median") return value(survival.median(endpoint, arm, subgroup));
    if (n.arm === "carcinoid_vs_noncarcinoid") return value(survival.tumorP(endpoint, "all"));
    return value(survival.armP(endpoint, subgroup));
  };

  const firstReading = (id: string): Evaluation => {
    const {value: v, detail} = READINGS[id][0].compute(survival);
    return value(v, detail);
  };

  const tableCell = (n: PublishedNumber): Evaluation => {
    const [, category, cell] = n.id.split(".");
    const modality: ArmCode = n.id.startsWith("table1") ? "chemoembolization" : "bland";
    const rows = procedures.filter((r) => r.modality === modality);
    const key = TOXICITY_KEY[category];
    const count = (test: (g: number) => boolean) => rows.filter((r) => test(r[key] as number)).length;
    if (cell === "total") return value(percent(count((g) => g >= 1), rows.length));
    if (cell === "ci") {
      // The tables' "±" read first as a Wald 95% half-width of the any-grade percentage; the other methods are tried in half-width-verdict.ts.
      const p = count((g) => g >= 1) / rows.length;
      return value(100 * 1.959963984540054 * Math.sqrt((p * (1 - p)) / rows.length), `Wald half-width over ${rows.length} procedures`);
    }
    const grade = Number(cell.replace("grade", ""));
    return value(percent(count((g) => g === grade), rows.length));
  };

  const byId: Record<string, () => Evaluation> = {
    "lost.count.abstract": () => value(patients.filter((p) => p.lost_to_follow_up === 1).length),
    "lost.percent.abstract": () => value(percent(patients.filter((p) => p.lost_to_follow_up === 1).length, patients.length)),
    "baseline.men.count": () => value(patients.filter((p) => p.sex === "M").length),
    "baseline.men.percent": () => value(percent(patients.filter((p) => p.sex === "M").length, patients.length)),
    "baseline.women.count": () => value(patients.filter((p) => p.sex === "F").length),
    "baseline.women.percent": () => value(percent(patients.filter((p) => p.sex === "F").length, patients.length)),
    "baseline.hormonally_active.percent": () => value(percent(patients.filter((p) => p.hormonally_active === 1).length, patients.length)),
    "baseline.age_at_diagnosis.mean": () => value(mean(patients.map((p) => p.age_at_diagnosis))),
    "baseline.age_at_diagnosis.min": () => value(least(patients.map((p) => p.age_at_diagnosis))),
    "baseline.age_at_diagnosis.max": () => value(most(patients.map((p) => p.age_at_diagnosis))),
    "baseline.diagnosis_to_liver_metastases.mean": () => value(mean(patients.map((p) => p.months_diagnosis_to_liver_metastases)) / 12, "years"),
    "baseline.liver_metastases_to_embolization.mean": () => value(mean(patients.map((p) => p.months_liver_metastases_to_embolization))),
    "baseline.liver_metastases_to_embolization.min": () => value(least(patients.map((p) => p.months_liver_metastases_to_embolization))),
    "baseline.liver_metastases_to_embolization.max": () => value(most(patients.map((p) => p.months_liver_metastases_to_embolization))),
    "crossover.chemo.count": () => value(crossovers("chemoembolization").length),
    "crossover.chemo.percent": () => value(percent(crossovers("chemoembolization").length, inArm("chemoembolization").length)),
    "crossover.bland.count": () => value(crossovers("bland").length),
    "crossover.bland.percent": () => value(percent(crossovers("bland").length, inArm("bland").length)),
    "procedures.initial_cycle.mean": () => value(mean(patients.map((p) => p.procedures_initial_cycle))),
    "procedures.initial_cycle.min": () => value(least(patients.map((p) => p.procedures_initial_cycle))),
    "procedures.initial_cycle.max": () => value(most(patients.map((p) => p.procedures_initial_cycle))),
    "procedures.total.mean": () => value(mean(patients.map((p) => p.procedures_total))),
    "procedures.total.min": () => value(least(patients.map((p) => p.procedures_total))),
    "procedures.total.max": () => value(most(patients.map((p) => p.procedures_total))),
    "retreated.percent": () => value(percent(patients.filter((p) => p.retreated === 1).length, patients.length)),
    "mortality30.deaths": () => value(procedures.filter((r) => r.died_within_30_days === 1).length),
    "mortality30.deaths.bland": () => value(procedures.filter((r) => r.died_within_30_days === 1 && r.modality === "bland").length, "after a bland procedure"),
    "mortality30.deaths.chemo": () => value(procedures.filter((r) => r.died_within_30_days === 1 && r.modality === "chemoembolization").length, "after a chemoembolization procedure"),
    "toxicity.infection.p": () => {
      const table = (["chemoembolization", "bland"] as const).map((m) => {
        const rows = procedures.filter((r) => r.modality === m);
        const k = rows.filter((r) => r.grade_infection >= 1).length;
        return [k, rows.length - k] as [number, number];
      });
      return value(fisherExact(table as [[number, number], [number, number]]).p, `Fisher exact, procedures by modality: ${table.map((t) => `${t[0]}/${t[0] + t[1]}`).join(" vs ")}`);
    },
    "toxicity.infection.percent": () => value(percent(procedures.filter((r) => r.grade_infection >= 1).length, procedures.length), "all procedures"),
    "toxicity.infection.grade3plus.percent": () => value(percent(new Set(procedures.filter((r) => r.grade_infection >= 3).map((r) => r.patient_id)).size, patients.length)),
    "los.max": () => value(most(procedures.map((r) => r.length_of_stay_days))),
    "ttp.carcinoid.chemo.count": () => value(evaluable("chemoembolization").filter((p) => p.primary_tumor === "carcinoid").length, "carcinoid chemoembolization patients evaluable for TTP"),
    "ttp.carcinoid.given_diagnosis.p": () => firstReading("ttp.carcinoid.given_diagnosis.p"),
    "ttp.divergence.percent_progressed": () => notEvaluable("a reading of Figure 4 (when the curves part), not a statistic with a definition"),
    "subgroups.other.p": () => firstReading("subgroups.other.p"),
    "tttf.bland.outlier.months": () => value(most(evaluable("bland").map((p) => p.tttf_months as number))),
    "tttf.bland.others.mean": () => {
      const times = evaluable("bland").map((p) => p.tttf_months as number).sort((a, b) => a - b);
      return value(mean(times.slice(0, -1)), "mean TTTF of the bland patients other than the longest");
    },
    "design.ttp.never_stabilized": () => value(most(patients.filter((p) => p.response_1mo === "progression").map((p) => p.ttp_months as number)), "TTP of patients progressing at 1 month"),
    "table3.current_study.patients": () => value(inArm("chemoembolization").length),
    "baseline.bilirubin.p": () => notEvaluable("pretreatment bilirubin is not a column of the cohort schema"),
    "baseline.albumin.p": () => notEvaluable("pretreatment albumin is not a column of the cohort schema"),
    "table3.average.patients": () => notEvaluable("average size of the cited studies in Table 3")
  };

  // What the log-rank numbers among byId read (the optimizer re-evaluates them on every move otherwise).
  const byIdReads: Record<string, SurvivalReads[]> = {
    "ttp.carcinoid.given_diagnosis.p": [{endpoint: "ttp", arm: "chemoembolization", subgroup: "all"}],
    "subgroups.other.p": (["os_embolization", "ttp"] as const).map((endpoint) => ({endpoint, arm: "all", subgroup: "all"}))
  };

  /** The one curve or comparison a Kaplan-Meier or log-rank number reads. */
  const survivalRead = (n: PublishedNumber): SurvivalReads | null => {
    const {endpoint, kind} = n;
    if (byId[n.id] || !isSurvivalEndpoint(endpoint) || !(kind === "km_landmark" || kind === "km_median" || kind === "logrank_p")) return null;
    if (kind !== "logrank_p") return {endpoint, arm: n.arm === "chemoembolization" || n.arm === "bland" ? n.arm : "all", subgroup: n.subgroup as Subgroup};
    // Log-rank P compares the arms within a subgroup, or the tumour types over everyone.
    return {endpoint, arm: "all", subgroup: n.arm === "carcinoid_vs_noncarcinoid" ? "all" : (n.subgroup as Subgroup)};
  };
  const survivalReads = (n: PublishedNumber): SurvivalReads[] | null => {
    const read = survivalRead(n);
    return read ? [read] : (byIdReads[n.id] ?? null);
  };

  const evaluate = (n: PublishedNumber): Evaluation => {
    const special = byId[n.id];
    if (special) return special();
    if (n.kind === "cited") return notEvaluable("cites another study");
    if (n.kind === "design") return notEvaluable("a design constant of the study, not a cohort statistic");
    if (n.id.startsWith("table1.") || n.id.startsWith("table2.")) return tableCell(n);
    const read = survivalRead(n);
    if (read) return survivalNumber(n, read);
    const idArm = armOfId(n.id) as ArmCode;
    if (n.id.startsWith("cohort.patients") || n.id === "lost.denominator.abstract") {
      return value(n.arm === "chemoembolization" || n.arm === "bland" ? inArm(n.arm).length : patients.length);
    }
    if (n.id.startsWith("cohort.procedures") || n.id === "mortality30.procedures") return value(procedures.length);
    if (n.id.startsWith("arm.")) return value(n.kind === "percent" ? percent(inArm(idArm).length, patients.length) : inArm(idArm).length);
    if (n.id.startsWith("mortality30.percent")) return value(percent(procedures.filter((r) => r.died_within_30_days === 1).length, procedures.length));
    if (n.id.startsWith("crossover.bland.patient")) {
      const [who, what] = n.id.split(".").slice(2);
      const ranked = crossovers("bland").map((p) => byPatient.get(p.id) as ProcedureRow[]).sort((a, b) => b.length - a.length);
      const rows = ranked[Number(who.replace("patient", "")) - 1] ?? [];
      return value(rows.filter((r) => r.modality === (what === "bland_procedures" ? "bland" : "chemoembolization")).length);
    }
    if (n.endpoint === "baseline") {
      const [, what] = n.id.split(".");
      const rows: PatientRow[] = idArm ? inArm(idArm) : patients;
      const share = (test: (p: PatientRow) => boolean) => {
        const k = rows.filter(test).length;
        return value(n.kind === "percent" ? percent(k, rows.length) : k);
      };
      if ((PRIMARY_TUMORS as readonly string[]).includes(what)) return share((p) => p.primary_tumor === what);
      if (what === "hormonally_active" || what === "extrahepatic_disease") return share((p) => p[what] === 1);
      if (what === "attempted_resection") return share((p) => p.prior_primary_resection === 1 || p.prior_hepatectomy === 1);
      const flag = FLAGS.find((f) => f === what);
      if (flag) return share((p) => p[flag] === 1);
    }
    if (n.endpoint === "toxicity_grade3plus") {
      const arms = ["chemoembolization", "bland"] as const;
      if (n.kind === "count") return value(n.id.endsWith("denominator") ? inArm(idArm).length : severeCount(idArm), "patients with any grade ≥3 toxicity");
      if (n.kind === "percent") return value(percent(severeCount(idArm), inArm(idArm).length), "patients with any grade ≥3 toxicity");
      const [a, c] = arms.map(severeCount);
      const [na, nc] = arms.map((arm) => inArm(arm).length);
      const or = oddsRatio([[a, na - a], [c, nc - c]]);
      return value(n.kind === "odds_ratio" ? or.estimate : n.kind === "ci_lower" ? or.lower : or.upper, `Woolf, ${a}/${na} vs ${c}/${nc} patients`);
    }
    if (n.endpoint === "length_of_stay" && n.kind === "mean") {
      // "1.5 days in both (all) groups": report the group mean farthest from 1.5.
      const groups: [string, ProcedureRow[]][] = [
        ["all", procedures],
        ["chemoembolization procedures", procedures.filter((r) => r.modality === "chemoembolization")],
        ["bland procedures", procedures.filter((r) => r.modality === "bland")],
        ["chemoembolization arm", procedures.filter((r) => armOf.get(r.patient_id) === "chemoembolization")],
        ["bland arm", procedures.filter((r) => armOf.get(r.patient_id) === "bland")]
      ];
      const means = groups.map(([label, rows]) => [label, mean(rows.map((r) => r.length_of_stay_days))] as const);
      const worst = means.reduce((a, b) => (Math.abs(b[1] - n.value) > Math.abs(a[1] - n.value) ? b : a));
      return value(worst[1], means.map(([label, m]) => `${label} ${m.toFixed(3)}`).join("; "));
    }
    if (n.endpoint === "response_1mo") {
      if (n.kind === "percent") {
        const what = n.id.split(".")[1];
        const rows = evaluable(idArm);
        return value(percent(rows.filter((p) => p.response_1mo === what).length, rows.length));
      }
      const [a, c] = (["chemoembolization", "bland"] as const).map((arm) => evaluable(arm).filter((p) => p.response_1mo === "regression").length);
      const [na, nc] = (["chemoembolization", "bland"] as const).map((arm) => evaluable(arm).length);
      const or = oddsRatio([[a, na - a], [c, nc - c]]);
      return value(n.kind === "odds_ratio" ? or.estimate : n.kind === "ci_lower" ? or.lower : or.upper, `Woolf, regression ${a}/${na} vs ${c}/${nc}`);
    }
    if (n.endpoint === "symptom_relief") {
      if (n.kind === "percent") {
        const rows = inArm(idArm).filter((p) => p.symptom_relief !== null);
        return value(percent(rows.filter((p) => p.symptom_relief === 1).length, rows.length));
      }
      if (n.kind === "mean") return value(mean(relieved(idArm)));
      const t = tTest(relieved("chemoembolization"), relieved("bland"), {varEqual: true});
      return value(t.p, "Student t test of relief durations");
    }
    return notEvaluable("no cohort statistic defined for this number");
  };
  return Object.assign(evaluate, {
    refresh: () => void (survival = survivalStatistics(patients, cache)),
    reads: survivalReads,
    readings: (n: PublishedNumber) => READINGS[n.id]?.map((r) => ({label: r.label, compute: () => r.compute(survival)})) ?? null
  });
}
