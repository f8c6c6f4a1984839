import {defineNumber as d} from "./define-number.js";
import {armPLabel, landmarkLabel, medianLabel, tumorPLabel} from "./survival-labels.js";
import type {Arm, PublishedNumber, TimeOrigin} from "./types.js";

const loc = "results" as const;

const ARM_KEY: Record<"chemoembolization" | "bland", string> = {chemoembolization: "chemo", bland: "bland"};

/** A sentence's run of Kaplan–Meier landmarks for one arm, "x%, y%, and z%" at the given months. */
function landmarks(
  endpoint: string,
  arm: "chemoembolization" | "bland",
  subgroup: string,
  months: number[],
  texts: string[],
  quote: string,
  timeOrigin: TimeOrigin,
  denominator: "patients" | "evaluable_patients"
): PublishedNumber[] {
  return months.map((m, i) =>
    d({
      id: `${endpoint}.landmark.${ARM_KEY[arm]}.${subgroup}.${m}mo`,
      label: landmarkLabel(endpoint, arm, subgroup, m),
      text: texts[i],
      location: loc,
      quote,
      kind: "km_landmark",
      endpoint,
      arm,
      subgroup,
      denominator,
      timeMonths: m,
      timeOrigin,
      unit: "percent"
    })
  );
}

function median(endpoint: string, arm: "chemoembolization" | "bland", subgroup: string, text: string, quote: string, timeOrigin: TimeOrigin): PublishedNumber {
  return d({
    id: `${endpoint}.median.${ARM_KEY[arm]}.${subgroup}`,
    label: medianLabel(endpoint, arm, subgroup),
    text,
    location: loc,
    quote,
    kind: "km_median",
    endpoint,
    arm,
    subgroup,
    denominator: endpoint.startsWith("os") ? "patients" : "evaluable_patients",
    timeOrigin,
    unit: "months"
  });
}

function pValue(id: string, label: string, text: string, quote: string, endpoint: string, arm: Arm, subgroup = "all", kind: PublishedNumber["kind"] = "logrank_p", inferredSymbol = "="): PublishedNumber {
  return d({id, label, text, location: loc, quote, kind, endpoint, arm, subgroup, inferredSymbol});
}

/** Two-arm baseline percentages from the first Results paragraph. */
function armPercents(key: string, label: string, chemo: string, bland: string, quote: string): PublishedNumber[] {
  return [
    d({id: `baseline.${key}.chemo.percent`, label: `${label}, chemoembolization arm (%)`, text: chemo, location: loc, quote, kind: "percent", endpoint: "baseline", arm: "chemoembolization", denominator: "patients", unit: "percent"}),
    d({id: `baseline.${key}.bland.percent`, label: `${label}, bland arm (%)`, text: bland, location: loc, quote, kind: "percent", endpoint: "baseline", arm: "bland", denominator: "patients", unit: "percent"})
  ];
}

const SIX_TO_36 = [6, 12, 24, 36];
const YEARS_1_2_5_10 = [12, 24, 60, 120];

export const RESULTS_NUMBERS: PublishedNumber[] = [
  ...armPercents("carcinoid", "Carcinoid NET", "50%", "65%", "the proportion of patients with carcinoid NETs (chemoemboliza-tion, 50%; bland embolization, 65%)"),
  ...armPercents("hormonally_active", "Hormonally active tumor", "68%", "70%", "hormonally active tumors (68% and 70%, respectively)"),
  ...armPercents("extrahepatic_disease", "Documented extrahepatic metastases", "23%", "30%", "documented extra-hepatic metastases (23% and 30%)"),
  ...armPercents("attempted_resection", "Prior primary resection or partial hepatectomy (printed as attempted tumor resection)", "48%", "43%", "history of attempted tumor resection (48% and 43%)"),
  pValue("baseline.bilirubin.p", "P, pretreatment bilirubin by arm", "P = .77", "assessed by bilirubin levels (P � .77)", "baseline", "chemoembolization_vs_bland", "all", "ttest_p"),
  pValue("baseline.albumin.p", "P, pretreatment albumin by arm", "P = .28", "or albumin levels (P � .28)", "baseline", "chemoembolization_vs_bland", "all", "ttest_p"),
  d({id: "mortality30.percent", label: "30-day mortality (% of procedures)", text: "1.4%", location: loc, quote: "The 30-day mortality rate for both procedures was 1.4% (three deaths among 219 embolization procedures)", kind: "percent", endpoint: "mortality_30d", denominator: "procedures", unit: "percent"}),
  d({id: "mortality30.deaths", label: "Procedures followed by death within 30 days", text: "3", location: loc, quote: "(three deaths among 219 embolization procedures)", kind: "count", endpoint: "mortality_30d", denominator: "procedures", unit: "patients"}),
  d({id: "mortality30.procedures", label: "Procedures (denominator of 30-day mortality)", text: "219", location: loc, quote: "three deaths among 219 embolization procedures", kind: "count", endpoint: "mortality_30d", denominator: "procedures", unit: "procedures"}),
  d({id: "mortality30.deaths.bland", label: "Bland procedures followed by death within 30 days", text: "2", location: loc, quote: "Two of these patients were treated with bland embolization", kind: "count", endpoint: "mortality_30d", arm: "bland", denominator: "procedures", unit: "patients"}),
  d({id: "mortality30.deaths.chemo", label: "Chemoembolization procedures followed by death within 30 days", text: "1", location: loc, quote: "and one was treated with chemoembolization", kind: "count", endpoint: "mortality_30d", arm: "chemoembolization", denominator: "procedures", unit: "patients"}),
  d({id: "toxicity.grade3plus.chemo.count", label: "Chemoembolization-arm patients with any grade ≥3 toxicity (n)", text: "11", location: loc, quote: "Severe toxici-ties (CTCAE grade �3) occurred in 11 of 44 chemoembolization procedures (25%)", inferredSymbol: "≥", kind: "count", endpoint: "toxicity_grade3plus", arm: "chemoembolization", denominator: "procedures"}),
  d({id: "toxicity.grade3plus.chemo.denominator", label: "Chemoembolization-arm patients (denominator of grade ≥3 toxicity)", text: "44", location: loc, quote: "11 of 44 chemoembolization procedures", kind: "count", endpoint: "toxicity_grade3plus", arm: "chemoembolization", denominator: "procedures"}),
  d({id: "toxicity.grade3plus.chemo.percent", label: "Chemoembolization-arm patients with any grade ≥3 toxicity (%)", text: "25%", location: loc, quote: "11 of 44 chemoembolization procedures (25%)", kind: "percent", endpoint: "toxicity_grade3plus", arm: "chemoembolization", denominator: "procedures", unit: "percent"}),
  d({id: "toxicity.grade3plus.bland.count", label: "Bland-arm patients with any grade ≥3 toxicity (n)", text: "5", location: loc, quote: "and five of 23 bland emboliza-tion procedures (22%", kind: "count", endpoint: "toxicity_grade3plus", arm: "bland", denominator: "procedures"}),
  d({id: "toxicity.grade3plus.bland.denominator", label: "Bland-arm patients (denominator of grade ≥3 toxicity)", text: "23", location: loc, quote: "five of 23 bland emboliza-tion procedures", kind: "count", endpoint: "toxicity_grade3plus", arm: "bland", denominator: "procedures"}),
  d({id: "toxicity.grade3plus.bland.percent", label: "Bland-arm patients with any grade ≥3 toxicity (%)", text: "22%", location: loc, quote: "five of 23 bland emboliza-tion procedures (22%", kind: "percent", endpoint: "toxicity_grade3plus", arm: "bland", denominator: "procedures", unit: "percent"}),
  d({id: "toxicity.grade3plus.or", label: "Odds ratio (Woolf), any grade ≥3 toxicity, chemoembolization vs bland arm (patients)", text: "1.2", location: loc, quote: "odds ratio, 1.2; 95% CI, 0.4–4.0", kind: "odds_ratio", endpoint: "toxicity_grade3plus", arm: "chemoembolization_vs_bland"}),
  d({id: "toxicity.grade3plus.or.lo", label: "Odds ratio (Woolf) 95% CI lower bound, any grade ≥3 toxicity, chemoembolization vs bland arm (patients)", text: "0.4", location: loc, quote: "95% CI, 0.4–4.0", kind: "ci_lower", endpoint: "toxicity_grade3plus", arm: "chemoembolization_vs_bland"}),
  d({id: "toxicity.grade3plus.or.hi", label: "Odds ratio (Woolf) 95% CI upper bound, any grade ≥3 toxicity, chemoembolization vs bland arm (patients)", text: "4.0", location: loc, quote: "95% CI, 0.4–4.0", kind: "ci_upper", endpoint: "toxicity_grade3plus", arm: "chemoembolization_vs_bland"}),
  pValue("toxicity.infection.p", "Fisher exact P, any-grade infection, chemoembolization vs bland procedures", "P = 0.01", "an increased incidence of infections among patients in the che-moembolization group (P � 0.01)", "toxicity_infection", "chemoembolization_vs_bland", "all", "p_value"),
  d({id: "toxicity.infection.percent", label: "Any-grade infection, all procedures (%)", text: "6%", location: loc, quote: "infection was rare (6%), mild, and self-limited", kind: "percent", endpoint: "toxicity_infection", denominator: "procedures", unit: "percent"}),
  d({id: "toxicity.infection.grade3plus.percent", label: "Patients with a grade ≥3 infection, both arms (%)", text: "1%", location: loc, quote: "only 1% of the patients experienced an infection of grade 3 or greater", kind: "percent", endpoint: "toxicity_infection", denominator: "patients", unit: "percent"}),
  d({id: "los.mean", label: "Mean length of stay per procedure (days): each of all procedures, each modality and each arm; the one farthest from 1.5", text: "1.5", location: loc, quote: "Patients in all groups were kept in the ward for an average of 1.5 days", kind: "mean", endpoint: "length_of_stay", denominator: "procedures", unit: "days"}),
  d({id: "los.max", label: "Longest length of stay of any procedure (days)", text: "18", location: loc, quote: "one pa-tient who was hospitalized for 18 days (Fig 2)", kind: "maximum", endpoint: "length_of_stay", denominator: "procedures", unit: "days"}),
  d({id: "response.progression.bland.percent", label: "Progression at 1 month, bland arm (% of assessed patients)", text: "13%", location: loc, quote: "the proportion of patients whose tumors progressed was similar among those who received bland embolization (13%)", kind: "percent", endpoint: "response_1mo", arm: "bland", denominator: "evaluable_patients", timeMonths: 1, timeOrigin: "embolization", unit: "percent"}),
  d({id: "response.progression.chemo.percent", label: "Progression at 1 month, chemoembolization arm (% of assessed patients)", text: "12%", location: loc, quote: "and chemoembolization (12%)", kind: "percent", endpoint: "response_1mo", arm: "chemoembolization", denominator: "evaluable_patients", timeMonths: 1, timeOrigin: "embolization", unit: "percent"}),
  d({id: "response.regression.chemo.percent", label: "Regression at 1 month, chemoembolization arm (% of assessed patients)", text: "66%", location: loc, quote: "more likely to exhibit tumor regression: 66% versus 50%", kind: "percent", endpoint: "response_1mo", arm: "chemoembolization", denominator: "evaluable_patients", timeMonths: 1, timeOrigin: "embolization", unit: "percent"}),
  d({id: "response.regression.bland.percent", label: "Regression at 1 month, bland arm (% of assessed patients)", text: "50%", location: loc, quote: "66% versus 50% among patients who re-ceived bland embolization", kind: "percent", endpoint: "response_1mo", arm: "bland", denominator: "evaluable_patients", timeMonths: 1, timeOrigin: "embolization", unit: "percent"}),
  d({id: "response.regression.or", label: "Odds ratio (Woolf), regression at 1 month, chemoembolization vs bland arm (assessed patients)", text: "1.9", location: loc, quote: "(odds ratio, 1.9; 95% CI, 0.6–6.2; Fig 3)", kind: "odds_ratio", endpoint: "response_1mo", arm: "chemoembolization_vs_bland"}),
  d({id: "response.regression.or.lo", label: "Odds ratio (Woolf) 95% CI lower bound, regression at 1 month, chemoembolization vs bland arm (assessed patients)", text: "0.6", location: loc, quote: "95% CI, 0.6–6.2", kind: "ci_lower", endpoint: "response_1mo", arm: "chemoembolization_vs_bland"}),
  d({id: "response.regression.or.hi", label: "Odds ratio (Woolf) 95% CI upper bound, regression at 1 month, chemoembolization vs bland arm (assessed patients)", text: "6.2", location: loc, quote: "95% CI, 0.6–6.2", kind: "ci_upper", endpoint: "response_1mo", arm: "chemoembolization_vs_bland"}),
  d({id: "response.stabilization.bland.percent", label: "Stabilization at 1 month, bland arm (% of assessed patients)", text: "38%", location: loc, quote: "A total of 38% of patients who received bland embolization", kind: "percent", endpoint: "response_1mo", arm: "bland", denominator: "evaluable_patients", timeMonths: 1, timeOrigin: "embolization", unit: "percent"}),
  d({id: "response.stabilization.chemo.percent", label: "Stabilization at 1 month, chemoembolization arm (% of assessed patients)", text: "22%", location: loc, quote: "and 22% of those who received chemoembolization exhibited disease stabilization", kind: "percent", endpoint: "response_1mo", arm: "chemoembolization", denominator: "evaluable_patients", timeMonths: 1, timeOrigin: "embolization", unit: "percent"}),
  ...landmarks("ttp", "chemoembolization", "all", SIX_TO_36, ["65%", "49%", "49%", "35%"], "free of radiologic progression at 6, 12, 24, and 36 months were 65%, 49%, 49%, and 35%, respectively, among patients who received chemoembolization", "stabilization", "evaluable_patients"),
  ...landmarks("ttp", "bland", "all", SIX_TO_36, ["73%", "0%", "0%", "0%"], "and 73%, 0%, 0%, and 0%, respectively, among patients who received bland embolization", "stabilization", "evaluable_patients"),
  median("ttp", "chemoembolization", "all", "12", "with median TTPs of 12 and 6 months, respectively", "stabilization"),
  median("ttp", "bland", "all", "6", "with median TTPs of 12 and 6 months, respectively", "stabilization"),
  d({id: "ttp.divergence.percent_progressed", label: "Share of assessed patients progressed before the TTP curves diverged (%)", text: "50%", location: loc, quote: "because this difference emerged only after 50% of patients had shown dis-ease progression", kind: "percent", endpoint: "ttp", denominator: "evaluable_patients", unit: "percent"}),
  pValue("ttp.logrank.all", armPLabel("ttp", "all"), "P = .16", "this finding failed to achieve statistical significance (log-rank test, P � .16)", "ttp", "chemoembolization_vs_bland"),
  pValue("ttp.logrank.carcinoid", armPLabel("ttp", "carcinoid"), "P = .08", "further amplified among patients with carcinoid tumors (log-rank test, P � .08)", "ttp", "chemoembolization_vs_bland", "carcinoid"),
  pValue("ttp.logrank.noncarcinoid", armPLabel("ttp", "noncarcinoid"), "P = .82", "compared with those with noncarcinoid cancers (log rank test, P � .82; Fig 5)", "ttp", "chemoembolization_vs_bland", "noncarcinoid"),
  d({id: "ttp.carcinoid.chemo.count", label: "Carcinoid patients of the chemoembolization arm assessed at 1 month (TTP patients)", text: "20", location: loc, quote: "Because only 20 patients had carcinoid tumors treated with chemoembolization", kind: "count", endpoint: "ttp", arm: "chemoembolization", subgroup: "carcinoid", denominator: "patients", unit: "patients"}),
  pValue("ttp.carcinoid.given_diagnosis.p", `${tumorPLabel("ttp", "chemoembolization")} (Fig 6a)`, "P = .01", "the TTP of the patient is considerably better if (s)he receives chemoembolization rather than bland embolization (P � .01; Fig 6)", "ttp", "chemoembolization_vs_bland", "carcinoid", "p_value"),
  ...landmarks("ttp", "chemoembolization", "carcinoid", SIX_TO_36, ["78%", "65%", "65%", "52%"], "carcinoid NETs without progression at 6, 12, 24, and 36 months were 78%, 65%, 65%, and 52%, respectively, in patients who received chemoembolization", "stabilization", "evaluable_patients"),
  ...landmarks("ttp", "bland", "carcinoid", SIX_TO_36, ["69%", "0%", "0%", "0%"], "and 69%, 0%, 0%, and 0%, respectively, in pa-tients who received bland emboliza-tion", "stabilization", "evaluable_patients"),
  median("ttp", "chemoembolization", "carcinoid", "55", "with median TTPs of 55 and 10 months, respectively", "stabilization"),
  median("ttp", "bland", "carcinoid", "10", "with median TTPs of 55 and 10 months, respectively", "stabilization"),
  median("ttp", "chemoembolization", "noncarcinoid", "5", "patients treated with chemoembolization and bland embolization patients have me-dian TTPs of 5 and 8 months", "stabilization"),
  median("ttp", "bland", "noncarcinoid", "8", "have me-dian TTPs of 5 and 8 months, respec-tively", "stabilization"),
  ...landmarks("tttf", "chemoembolization", "all", SIX_TO_36, ["74%", "71%", "65%", "47%"], "TTTF at 6, 12, 24, and 36 months: 74%, 71%, 65%, and 47%, respectively, among patients who received chemoembolization", "stabilization", "evaluable_patients"),
  ...landmarks("tttf", "bland", "all", SIX_TO_36, ["73%", "46%", "46%", "46%"], "and 73%, 46%, 46%, and 46%, respectively, among those who received bland em-bolization", "stabilization", "evaluable_patients"),
  pValue("tttf.logrank.all", armPLabel("tttf", "all"), "P = 0.86", "among those who received bland em-bolization (P � 0.86)", "tttf", "chemoembolization_vs_bland"),
  median("tttf", "chemoembolization", "all", "33", "median TTTF: 33 months among patients who received chemoembolization versus and 8 months", "stabilization"),
  median("tttf", "bland", "all", "8", "versus and 8 months for those who received bland embolization", "stabilization"),
  d({id: "symptom_relief.chemo.percent", label: "Symptomatic relief, chemoembolization arm (% of patients with symptoms)", text: "92%", location: loc, quote: "92% in the chemoembolization group", kind: "percent", endpoint: "symptom_relief", arm: "chemoembolization", denominator: "patients_with_symptoms", unit: "percent"}),
  d({id: "symptom_relief.bland.percent", label: "Symptomatic relief, bland arm (% of patients with symptoms)", text: "93%", location: loc, quote: "and 93% in the bland embolization group experi-enced an improvement in their symp-toms", kind: "percent", endpoint: "symptom_relief", arm: "bland", denominator: "patients_with_symptoms", unit: "percent"}),
  d({id: "symptom_relief.mean_duration.chemo", label: "Mean duration of symptomatic relief, relieved chemoembolization-arm patients (months)", text: "15", location: loc, quote: "This improvement lasted a mean of 15 months for patients who received chemoembolization", kind: "mean", endpoint: "symptom_relief", arm: "chemoembolization", denominator: "patients_with_symptoms", unit: "months"}),
  d({id: "symptom_relief.mean_duration.bland", label: "Mean duration of symptomatic relief, relieved bland-arm patients (months)", text: "7.5", location: loc, quote: "and 7.5 months for those who received bland emboli-zation", kind: "mean", endpoint: "symptom_relief", arm: "bland", denominator: "patients_with_symptoms", unit: "months"}),
  pValue("symptom_relief.duration.p", "Student t-test P, duration of symptomatic relief, chemoembolization vs bland arm (relieved patients)", "P = .14", "kept this result from attaining statisti-cal significance (P � .14)", "symptom_relief", "chemoembolization_vs_bland", "all", "ttest_p"),
  median("os_embolization", "chemoembolization", "all", "44", "chemo-embolized patients had a median life expectancy of 44 months", "embolization"),
  median("os_embolization", "bland", "all", "39", "compared with 39 months among those who re-ceived bland embolization", "embolization"),
  ...landmarks("os_embolization", "chemoembolization", "all", YEARS_1_2_5_10, ["86%", "69%", "49%", "49%"], "survival rates at 1, 2, 5, and 10 years were 86%, 69%, 49%, and 49%, respectively, in the chemoemboliza-tion group", "embolization", "patients"),
  ...landmarks("os_embolization", "bland", "all", YEARS_1_2_5_10, ["64%", "59%", "39%", "17%"], "and 64%, 59%, 39%, and 17%, respectively, in the bland embo-lization group", "embolization", "patients"),
  pValue("os_embolization.logrank.all", armPLabel("os_embolization", "all"), "P = .18", "our study lacked the statistical power to resolve any differences (log-rank test, P � .18; Fig 7)", "os_embolization", "chemoembolization_vs_bland"),
  median("os_embolization", "chemoembolization", "carcinoid", "128", "with me-dian survival times of 128 and 60 months, respectively", "embolization"),
  median("os_embolization", "bland", "carcinoid", "60", "with me-dian survival times of 128 and 60 months, respectively", "embolization"),
  ...landmarks("os_embolization", "chemoembolization", "carcinoid", YEARS_1_2_5_10, ["95%", "78%", "61%", "61%"], "1-, 2-, 5-, and 10-year survival rates of 95%, 78%, 61%, and 61%, respectively, among those who received chemoem-bolization", "embolization", "patients"),
  ...landmarks("os_embolization", "bland", "carcinoid", YEARS_1_2_5_10, ["71%", "71%", "38%", "38%"], "and 71%, 71%, 38%, and 38%, respectively, among those who received bland embolization", "embolization", "patients"),
  pValue("os_embolization.logrank.carcinoid", armPLabel("os_embolization", "carcinoid"), "P = .49", "among those who received bland embolization (P � .49)", "os_embolization", "chemoembolization_vs_bland", "carcinoid"),
  pValue("os_diagnosis.logrank.tumor_type", tumorPLabel("os_diagnosis", "all"), "P = .23", "when measured from initial di-agnosis (P � .23; median, 184 months vs 114 months)", "os_diagnosis", "carcinoid_vs_noncarcinoid"),
  d({id: "os_diagnosis.median.all.carcinoid", label: medianLabel("os_diagnosis", "all", "carcinoid"), text: "184", location: loc, quote: "(P � .23; median, 184 months vs 114 months)", kind: "km_median", endpoint: "os_diagnosis", subgroup: "carcinoid", denominator: "patients", timeOrigin: "diagnosis", unit: "months"}),
  d({id: "os_diagnosis.median.all.noncarcinoid", label: medianLabel("os_diagnosis", "all", "noncarcinoid"), text: "114", location: loc, quote: "(P � .23; median, 184 months vs 114 months)", kind: "km_median", endpoint: "os_diagnosis", subgroup: "noncarcinoid", denominator: "patients", timeOrigin: "diagnosis", unit: "months"}),
  pValue("os_liver_metastases.logrank.tumor_type", tumorPLabel("os_liver_metastases", "all"), "P = .16", "from the time of de-tection of liver metastases (P � .16; median, 89 months vs 75 months)", "os_liver_metastases", "carcinoid_vs_noncarcinoid"),
  d({id: "os_liver_metastases.median.all.carcinoid", label: medianLabel("os_liver_metastases", "all", "carcinoid"), text: "89", location: loc, quote: "(P � .16; median, 89 months vs 75 months)", kind: "km_median", endpoint: "os_liver_metastases", subgroup: "carcinoid", denominator: "patients", timeOrigin: "liver_metastases", unit: "months"}),
  d({id: "os_liver_metastases.median.all.noncarcinoid", label: medianLabel("os_liver_metastases", "all", "noncarcinoid"), text: "75", location: loc, quote: "(P � .16; median, 89 months vs 75 months)", kind: "km_median", endpoint: "os_liver_metastases", subgroup: "noncarcinoid", denominator: "patients", timeOrigin: "liver_metastases", unit: "months"}),
  pValue("os_embolization.logrank.tumor_type", tumorPLabel("os_embolization", "all"), "P = .14", "and from initial embolization (P � .14; me-dian, 128 months vs 32 months)", "os_embolization", "carcinoid_vs_noncarcinoid"),
  d({id: "os_embolization.median.all.carcinoid", label: medianLabel("os_embolization", "all", "carcinoid"), text: "128", location: loc, quote: "(P � .14; me-dian, 128 months vs 32 months)", kind: "km_median", endpoint: "os_embolization", subgroup: "carcinoid", denominator: "patients", timeOrigin: "embolization", unit: "months"}),
  d({id: "os_embolization.median.all.noncarcinoid", label: medianLabel("os_embolization", "all", "noncarcinoid"), text: "32", location: loc, quote: "(P � .14; me-dian, 128 months vs 32 months)", kind: "km_median", endpoint: "os_embolization", subgroup: "noncarcinoid", denominator: "patients", timeOrigin: "embolization", unit: "months"}),
  pValue("subgroups.other.p", "Survival from first embolization and TTP from stabilization: smallest log-rank P, hormonally active vs not and extrahepatic disease vs none, both arms", "P > .05", "including individuals with hormonally active tumors or those with extrahe-patic disease (log-rank test, P � .05; Fig 8)", "os_embolization", "chemoembolization_vs_bland", "other_subgroups", "logrank_p", ">")
];
