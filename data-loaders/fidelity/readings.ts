// Printed numbers whose sentence names more than one statistic. Each reading
// is computed and compared with the printed number on its own, so a number is
// reproduced only when every reading prints as the paper does; when some do
// and some do not, the fidelity report says it depends on the reading. The
// first reading is the one the evaluator returns (and the reconstruction
// fits), so naming the other readings never changes the reconstructed cohort.
import type {BaselineFlag, SurvivalStatistics} from "./survival-statistics.js";
import type {SurvivalEndpoint} from "./survival-endpoints.js";

export interface ReadingValue {
  value: number | null;
  /** Which test gave the value, when a reading takes the smallest of several. */
  detail?: string;
}

export interface Reading {
  label: string;
  compute(survival: SurvivalStatistics): ReadingValue;
}

/** Each flag, its two subgroups compared, and each subgroup on its own. */
const FLAGS: [BaselineFlag, string, [string, string]][] = [
  ["hormonally_active", "hormonally active vs inactive tumours", ["with a hormonally active tumour", "with a hormonally inactive tumour"]],
  ["extrahepatic_disease", "extrahepatic disease vs none", ["with extrahepatic disease", "without extrahepatic disease"]]
];
const ENDPOINT_NAMES: Partial<Record<SurvivalEndpoint, string>> = {
  os_embolization: "survival from first embolization",
  os_diagnosis: "survival from diagnosis",
  ttp: "TTP from stabilization"
};

/** The smallest of several log-rank P values, naming the test that gave it ("not computable" tests are skipped). */
function smallest(tests: [string, number | null][]): ReadingValue {
  const known = tests.filter((t): t is [string, number] => t[1] !== null);
  if (known.length === 0) return {value: null};
  const [name, p] = known.reduce((a, b) => (b[1] < a[1] ? b : a));
  return {value: p, detail: `smallest: ${name}, P = ${p.toFixed(3)}`};
}

/** Each flag's subgroups compared with each other (with vs without), over both arms. */
const bySubgroup = (survival: SurvivalStatistics, endpoints: SurvivalEndpoint[]) =>
  smallest(endpoints.flatMap((e) => FLAGS.map(([flag, contrast]): [string, number | null] => [`${ENDPOINT_NAMES[e]}, ${contrast}`, survival.flagP(e, flag)])));

/** Chemoembolization vs bland within each of the four subgroups. */
const armWithinSubgroup = (survival: SurvivalStatistics, endpoints: SurvivalEndpoint[]) =>
  smallest(endpoints.flatMap((e) => FLAGS.flatMap(([flag, , [yes, no]]) => ([[1, yes], [0, no]] as const).map(([value, who]): [string, number | null] => [`${ENDPOINT_NAMES[e]}, chemoembolization vs bland among patients ${who}`, survival.armPWhere(e, flag, value)]))));

export const READINGS: Readonly<Record<string, readonly Reading[]>> = {
  // "given the diagnosis of a carcinoid tumor, the TTP … is considerably better if (s)he receives
  // chemoembolization rather than bland embolization (P = .01; Fig 6)": the words compare arms among
  // carcinoid patients, but Fig 6 splits each arm by tumour type.
  "ttp.carcinoid.given_diagnosis.p": [
    {label: "Fig 6a: TTP from stabilization, carcinoid vs noncarcinoid, chemoembolization arm only", compute: (s) => ({value: s.tumorP("ttp", "chemoembolization")})},
    {
      label: "The sentence's words: TTP from stabilization, chemoembolization vs bland, carcinoid patients only (the test printed as P = .08 two sentences earlier)",
      compute: (s) => ({value: s.armP("ttp", "carcinoid")})
    }
  ],
  // "No other significant differences were found in patient survival or TTP for any other subgroup …,
  // including individuals with hormonally active tumors or those with extrahepatic disease (P > .05; Fig 8)":
  // a difference between the subgroups, or between the arms within each; Fig 8 is survival from diagnosis.
  "subgroups.other.p": [
    {label: "Subgroups compared with each other; survival from first embolization and TTP: smallest log-rank P", compute: (s) => bySubgroup(s, ["os_embolization", "ttp"])},
    {label: "Subgroups compared with each other; survival from diagnosis (Fig 8) and TTP: smallest log-rank P", compute: (s) => bySubgroup(s, ["os_diagnosis", "ttp"])},
    {label: "Chemoembolization vs bland within each subgroup; survival from first embolization and TTP: smallest log-rank P", compute: (s) => armWithinSubgroup(s, ["os_embolization", "ttp"])},
    {label: "Chemoembolization vs bland within each subgroup; survival from diagnosis (Fig 8) and TTP: smallest log-rank P", compute: (s) => armWithinSubgroup(s, ["os_diagnosis", "ttp"])}
  ]
};
