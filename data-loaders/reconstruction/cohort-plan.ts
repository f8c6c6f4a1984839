// The integers the reconstruction is built on. Each is the count that makes a
// printed percentage, odds ratio or table cell come out as printed; where the
// paper contradicts itself the choice follows the contradiction ledger
// (data-loaders/published/contradictions.ts).

export const PLAN = {
  seed: 4,
  arms: {chemoembolization: 44, bland: 23},
  // Ledger "carcinoid.by_arm": 38 carcinoid = 23 chemoembolization + 15 bland.
  carcinoid: {chemoembolization: 23, bland: 15},
  // The other primaries (14 + 4 + 3 + 8 = 29) split between the arms' 21 and 8 noncarcinoid patients.
  noncarcinoid: {
    chemoembolization: {pancreatic_islet: 10, gastrinoma: 3, other_net: 2, uncharacterized: 6},
    bland: {pancreatic_islet: 4, gastrinoma: 1, other_net: 1, uncharacterized: 2}
  },
  men: 30,
  // 30/44 = 68% and 16/23 = 70%; 46/67 = 69% overall.
  hormonallyActive: {chemoembolization: 30, bland: 16},
  // 10/44 = 23% and 7/23 = 30%.
  extrahepaticDisease: {chemoembolization: 10, bland: 7},
  // 29 primary resections (43%) and 5 hepatectomies (7%); the two hepatectomy
  // patients without a primary resection make the "attempted resection"
  // shares 21/44 = 48% and 10/23 = 43%.
  primaryResection: {chemoembolization: 19, bland: 10},
  hepatectomyOnly: {chemoembolization: 2, bland: 0},
  hepatectomyWithResection: {chemoembolization: 2, bland: 1},
  priorChemotherapy: 40,
  priorRadiation: 7,
  liverMetastases3plus: 58,
  age: {mean: 52, min: 20, max: 83, sd: 13},
  /** Months; the paper's "2 years later". */
  diagnosisToMetastasesMean: 24,
  metastasesToEmbolization: {mean: 31, min: 0, max: 298},
  // Lost patients are the ones without a 1-month assessment: 44 − 3 = 41 and
  // 23 − 7 = 16 evaluable reproduce 66/22/12% and 50/38/13% and the regression
  // odds ratio 1.9 (0.6–6.2) of 27/14 vs 8/8. The three lost chemoembolization
  // patients are carcinoid, leaving the "20" carcinoid patients evaluable. In
  // the bland arm all seven lost patients are carcinoid. The bland survival
  // curve falls from 64% to 59% between 1 and 2 years while the carcinoid one
  // stays at 71%, which needs noncarcinoid patients still at risk; with 5
  // carcinoid and 2 noncarcinoid lost the interval planner finds no order of
  // deaths and censorings that prints the bland landmarks and medians, and
  // with 6 and 1 the carcinoid TTP of 69% at 6 months (9 assessed) caps the
  // pooled TTP at 72.2%, not 73%. With 7 and 0 both plans are exact.
  lost: {chemoembolization: {carcinoid: 3, noncarcinoid: 0}, bland: {carcinoid: 7, noncarcinoid: 0}},
  // Lost patients missed the imaging follow-up from the 1-month assessment on;
  // their survival is censored at last contact: each takes one of the
  // earliest censorings of its arm and tumour type that the survival fit needs.
  response: {
    chemoembolization: {carcinoid: {regression: 15, stabilization: 3, progression: 2}, noncarcinoid: {regression: 12, stabilization: 6, progression: 3}},
    // 8 assessed bland carcinoid patients print 69% TTP at 6 months only as
    // 6/7 · 4/5 (a censoring before each of two progressions, none at 1
    // month: 7/8 · anything of at most 7 at risk misses 68.5–69.5%), so both
    // bland progressions at 1 month are noncarcinoid.
    bland: {carcinoid: {regression: 5, stabilization: 3, progression: 0}, noncarcinoid: {regression: 3, stabilization: 3, progression: 2}}
  },
  // Symptomatic patients (hormonally active, evaluable): 24/26 = 92% and 13/14 = 93%.
  symptoms: {chemoembolization: {symptomatic: 26, relieved: 24, meanMonths: 15}, bland: {symptomatic: 14, relieved: 13, meanMonths: 7.5}},
  /** Student t-test P of the relief durations (printed ".14"). */
  symptomReliefP: 0.14,
  procedures: {
    total: 219,
    // Bland-arm crossovers: 10 bland + 3 chemo and 8 bland + 2 chemo procedures.
    blandCrossovers: [{bland: 10, chemoembolization: 3, initial: 4}, {bland: 8, chemoembolization: 2, initial: 3}],
    // Bland procedures of the 8 chemoembolization-arm crossovers (12 in all), given first.
    chemoCrossoverBland: [2, 2, 2, 2, 1, 1, 1, 1],
    /** Procedures of the 21 other bland-arm patients (73 in the bland arm, 146 in the chemoembolization arm). */
    blandArmOthers: 50,
    retreated: {chemoembolization: 23, bland: 7},
    initialCycle: {chemoembolization: 90, blandOthers: 40},
    // 2 bland and 1 chemoembolization procedure followed by death within 30 days.
    deaths30: {bland: 2, chemoembolization: 1}
  },
  // 11/44 and 5/23 patients with a grade ≥3 toxicity (ledger "grade3plus.denominator").
  grade3plusPatients: {chemoembolization: 11, bland: 5},
  lengthOfStay: {mean: 1.5, outlier: 18}
} as const;
