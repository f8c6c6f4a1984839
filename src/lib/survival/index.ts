// Public API of the survival engine. See README.md for formulas and the R
// calls each function matches.
export {kaplanMeier, type SurvivalData} from "./kaplan-meier.js";
export {kaplanMeierByGroup, type GroupedSurvivalData, type GroupOptions} from "./kaplan-meier-by-group.js";
export type {KaplanMeierFit, KaplanMeierOptions} from "./kaplan-meier-curve.js";
export type {ConfType} from "./confidence-band.js";
export {coxPH, type CoxPHInput, type CoxPHOptions, type CoxPHResult, type CoxPHTest} from "./cox-ph.js";
