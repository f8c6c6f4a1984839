// The cohort's value for a printed number when the build has only a risk
// table (COHORT_AGGREGATES): counts of events, censorings and entries per
// endpoint, time and pattern of arm, primary tumour, hormonal activity and
// extrahepatic disease. That is enough for every Kaplan-Meier landmark and
// median and every log-rank P of the paper, computed by the same evaluator
// on weighted rows, and for the patient counts and baseline shares of the
// pattern's columns. Everything else needs patient rows and says so.
import {PRIMARY_TUMORS} from "../cohort-schema.js";
import type {PublishedNumber} from "../published/types.js";
import type {ArmCode, Cohort} from "../reconstruction/cohort-types.js";
import {armOfId, createEvaluator, type Evaluation, type Evaluator} from "./evaluate-number.js";
import type {SurvivalRow} from "./survival-endpoints.js";

/** Why a number is not evaluable from counts. */
export const NEEDS_ROWS = "needs patient rows: a build from aggregates holds survival counts by arm, primary tumour, hormonal activity and extrahepatic disease only";

const value = (v: number | null): Evaluation => ({evaluable: true, value: v});

/** `rows`: riskTablePatients of the table (src/lib/analysis/risk-table-patients.ts), every endpoint's rows. */
export function createCountEvaluator(rows: readonly SurvivalRow[]): Evaluator {
  // Every patient has a survival time from the first embolization, so that endpoint's rows count each patient once.
  const people = rows.filter((r) => r.endpoint === "os_embolization");
  const count = (test: (r: SurvivalRow) => boolean) => people.reduce((n, r) => (test(r) ? n + (r.weight ?? 1) : n), 0);
  const inArm = (arm: ArmCode | undefined) => (r: SurvivalRow) => arm === undefined || r.arm === arm;
  const rowsEvaluator = createEvaluator({patients: rows as Cohort["patients"], procedures: []});

  const share = (n: PublishedNumber, test: (r: SurvivalRow) => boolean, arm: ArmCode | undefined): Evaluation => {
    const k = count((r) => inArm(arm)(r) && test(r));
    return value(n.kind === "percent" ? (100 * k) / count(inArm(arm)) : k);
  };

  const evaluate = (n: PublishedNumber): Evaluation => {
    if (rowsEvaluator.reads(n) !== null) return rowsEvaluator(n);
    const parts = n.id.split(".");
    const idArm = armOfId(n.id);
    const arm = n.arm === "chemoembolization" || n.arm === "bland" ? n.arm : undefined;
    if (n.id.startsWith("cohort.patients") || n.id === "lost.denominator.abstract") return value(count(inArm(arm)));
    if (n.id === "table3.current_study.patients") return value(count(inArm("chemoembolization")));
    if (n.id.startsWith("arm.")) return share(n, inArm(idArm), undefined);
    if (n.endpoint === "baseline" && (n.kind === "percent" || n.kind === "count")) {
      const what = parts[1];
      if ((PRIMARY_TUMORS as readonly string[]).includes(what)) return share(n, (r) => r.primary_tumor === what, idArm);
      if (what === "hormonally_active" || what === "extrahepatic_disease") return share(n, (r) => r[what] === 1, idArm);
    }
    // A citation or design constant keeps its own reason; a design number the rows define still needs them.
    const asRows = n.kind === "cited" || n.kind === "design" ? rowsEvaluator(n) : null;
    return asRows && !asRows.evaluable ? asRows : {evaluable: false, reason: NEEDS_ROWS};
  };
  return Object.assign(evaluate, {refresh: rowsEvaluator.refresh, reads: rowsEvaluator.reads, readings: rowsEvaluator.readings});
}
