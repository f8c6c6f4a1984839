// Does the treatment effect differ by tumour type? Cox model with arm,
// tumour type and their product (R: coxph(Surv(t, e) ~ arm * carcinoid));
// the Wald P of the product term is the interaction test. Hazard ratios
// within each tumour type come from separate arm-only Cox fits.
import {formatRatioInterval} from "../format/interval.js";
import {coxPH, type CoxPHResult} from "../survival/index.js";
import {endpointData, type EndpointId} from "./endpoints.js";
import {tumorType, weightOf, type PatientRow} from "./patient-row.js";
import {smallGroupsNote} from "./small-groups.js";

export interface InteractionTest {
  /** The interaction term of the full model; null when it cannot be estimated. */
  result: {coef: number; se: number; p: number} | null;
  model: CoxPHResult | null;
  hrCarcinoid: string;
  hrNoncarcinoid: string;
  note: string | null;
  /** Patients in each arm × tumour-type cell (chemoembolization carcinoid, noncarcinoid; bland carcinoid, noncarcinoid): the groups of the small-group rule. */
  groups: number[];
}

function formatHazardRatio(fit: CoxPHResult | null, confLevel: number): string {
  if (!fit || fit.hr[0] === null) return "not estimable";
  return formatRatioInterval(fit.hr[0], fit.lower[0], fit.upper[0], confLevel);
}

function fit(patients: readonly PatientRow[], endpointId: EndpointId, withTumour: boolean, confLevel: number): CoxPHResult | null {
  const {rows, time, event, weights} = endpointData(patients, endpointId);
  const arms = new Set(rows.map((p) => p.arm));
  if (arms.size < 2 || !event.includes(1)) return null;
  const chemo = rows.map((p) => (p.arm === "chemoembolization" ? 1 : 0));
  const covariates: Record<string, number[]> = {chemoembolization: chemo};
  if (withTumour) {
    const carcinoid = rows.map((p) => (tumorType(p) === "carcinoid" ? 1 : 0));
    covariates.carcinoid = carcinoid;
    covariates["chemoembolization:carcinoid"] = chemo.map((c, i) => c * carcinoid[i]);
  }
  return coxPH({time, event, covariates, ...(weights ? {weights} : {})}, {confLevel});
}

/** `confLevel` (default 0.95) sets the hazard ratios' intervals, as the site's convention does for every interval. */
export function interactionTest(patients: readonly PatientRow[], {endpoint, confLevel = 0.95}: {endpoint: EndpointId; confLevel?: number}): InteractionTest {
  const {rows} = endpointData(patients, endpoint);
  const cells = (["chemoembolization", "bland"] as const).flatMap((arm) => (["carcinoid", "noncarcinoid"] as const).map((tumor) => ({
    tumor,
    label: `${arm === "chemoembolization" ? "Chemoembolization" : "Bland embolization"}, ${tumor}`,
    n: rows.reduce((n, p) => (p.arm === arm && tumorType(p) === tumor ? n + weightOf(p) : n), 0)
  })));
  // The small-group rule: the product term needs every cell, a within-type hazard ratio both arms of its type.
  const small = smallGroupsNote(cells);
  const withinType = (tumor: "carcinoid" | "noncarcinoid") =>
    smallGroupsNote(cells.filter((c) => c.tumor === tumor)) ? "not estimable" : formatHazardRatio(fit(patients.filter((p) => tumorType(p) === tumor), endpoint, false, confLevel), confLevel);
  const base = {hrCarcinoid: withinType("carcinoid"), hrNoncarcinoid: withinType("noncarcinoid"), groups: cells.map((c) => c.n)};
  if (small) return {...base, result: null, model: null, note: `${small} under these filters: no interaction test, since it would turn on one or two patients.`};
  const model = fit(patients, endpoint, true, confLevel);
  const term = model?.terms.indexOf("chemoembolization:carcinoid") ?? -1;
  const estimable = model && term >= 0 && model.coef[term] !== null && model.se[term] !== null && model.p[term] !== null;
  return {
    ...base,
    result: estimable ? {coef: model.coef[term]!, se: model.se[term]!, p: model.p[term]!} : null,
    model,
    note: estimable ? null : "The interaction cannot be estimated under these filters: each arm needs patients with events in both tumour types."
  };
}
