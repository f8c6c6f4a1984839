// The controls /progression and /survival publish only at their defaults
// (besides each page's own grouping and origin): a change of any one of them
// must make the page compute the view itself.
import {DEFAULT_CONVENTIONS, type Conventions, type TestChoice} from "../../src/lib/analysis/conventions.js";

type Changed = Partial<{landmarks: number[] | null; tau: number | undefined; testChoice: TestChoice; conventions: Conventions}>;

export const OFF_DEFAULT_CONTROLS: Changed[] = [
  {landmarks: [3, 9]},
  {tau: 20},
  {testChoice: {rho: 1, strata: null}},
  {testChoice: {rho: 0, strata: "tumor"}},
  {conventions: {...DEFAULT_CONVENTIONS, confType: "log-log"}},
  {conventions: {...DEFAULT_CONVENTIONS, confLevel: 0.9}}
];
