// What /trial-design takes from the cohort for one endpoint: the Cox estimate
// by arm that prefills the target hazard ratio, and each arm's Kaplan–Meier
// curve, from which the page builds the piecewise exponential arms. The
// design inputs need no rows.
import {kaplanMeier, type KaplanMeierFit} from "../survival/index.js";
import {effectEstimates, type EffectEstimates} from "./effect-estimates.js";
import {endpointData, type EndpointData, type EndpointId} from "./endpoints.js";
import {patientCount, weightOf, type PatientRow} from "./patient-row.js";
import type {PageParts} from "./published-statistics.js";

export interface ArmCurve {
  n: number;
  fit: KaplanMeierFit | null;
}

export interface TrialDesignStatistics {
  cohort: {
    patients: number;
    observed: EffectEstimates;
    /** The patients behind the hazard ratio and its tests, per arm: what the small-group rule weighs. */
    armSizes: [number, number];
    control: ArmCurve;
    treated: ArmCurve;
  };
}

export const TRIAL_DESIGN_PARTS: PageParts<TrialDesignStatistics> = {cohort: ["endpoint"]};

// Each arm's curve from every patient of that arm, a risk-table row counting as the patients it stands for;
// an arm with no patients gives none.
function armCurve({rows, time, event, weights}: EndpointData<PatientRow>, arm: PatientRow["arm"]): ArmCurve {
  const keep = rows.map((p) => p.arm === arm);
  const armTime = time.filter((_, i) => keep[i]);
  if (armTime.length === 0) return {n: 0, fit: null};
  const fit = kaplanMeier({time: armTime, event: event.filter((_, i) => keep[i]), ...(weights ? {weights: weights.filter((_, i) => keep[i])} : {})});
  return {n: fit.n, fit};
}

const armSize = (rows: readonly PatientRow[], arm: PatientRow["arm"]) => rows.reduce((n, p) => n + (p.arm === arm ? weightOf(p) : 0), 0);

/** From patient rows, or from a risk table's weighted rows (riskTablePatients): the same numbers. */
export function trialDesignStatistics(patients: readonly PatientRow[], {endpoint}: {endpoint: EndpointId}): TrialDesignStatistics {
  const data = endpointData(patients, endpoint);
  return {
    cohort: {
      patients: patientCount(patients),
      observed: effectEstimates(patients, {endpoint, groupBy: "arm"}),
      armSizes: [armSize(data.rows, "chemoembolization"), armSize(data.rows, "bland")],
      control: armCurve(data, "bland"),
      treated: armCurve(data, "chemoembolization")
    }
  };
}
