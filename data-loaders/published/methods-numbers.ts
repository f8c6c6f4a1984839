import {defineNumber as d} from "./define-number.js";
import type {PublishedNumber} from "./types.js";

const loc = "methods" as const;

/** A "k (p%)" pair of the baseline description, over all 67 patients. */
function countAndPercent(key: string, label: string, count: string, percent: string, quote: string): PublishedNumber[] {
  return [
    d({id: `baseline.${key}.count`, label: `${label} (n)`, text: count, location: loc, quote, kind: "count", endpoint: "baseline", denominator: "patients", unit: "patients"}),
    d({id: `baseline.${key}.percent`, label: `${label} (%)`, text: percent, location: loc, quote, kind: "percent", endpoint: "baseline", denominator: "patients", unit: "percent"})
  ];
}

export const METHODS_NUMBERS: PublishedNumber[] = [
  d({id: "cohort.patients", label: "Patients", text: "67", location: loc, quote: "A total of 67 patients were treated in the interventional radiology clinic", kind: "count", endpoint: "cohort", denominator: "patients", unit: "patients"}),
  d({id: "design.period.start", label: "First year of treatment", text: "1991", location: loc, quote: "between 1991 and 2005", kind: "design", endpoint: "cohort"}),
  d({id: "design.period.end", label: "Last year of treatment", text: "2005", location: loc, quote: "between 1991 and 2005", kind: "design", endpoint: "cohort"}),
  ...countAndPercent("men", "Men", "30", "45%", "30 (45%) were men"),
  ...countAndPercent("women", "Women", "37", "55%", "and 37 (55%) were women"),
  ...countAndPercent("carcinoid", "Carcinoid primary", "38", "57%", "38 carcinoid NETs (57%)"),
  ...countAndPercent("pancreatic_islet", "Pancreatic islet-cell primary", "14", "21%", "14 pancreatic islet-cell tumors (21%)"),
  ...countAndPercent("gastrinoma", "Gastrinoma", "4", "6%", "four gastrinomas (6%)"),
  ...countAndPercent("other_net", "Other NET (VIPoma, pecoma, medullary thyroid)", "3", "4%", "three other NETs (4%; VIPoma, pecoma, and medullary thyroid carcinoma in one case each)"),
  ...countAndPercent("uncharacterized", "Uncharacterized NET", "8", "12%", "eight uncharacter-ized neuroendocrine tumors (12%)"),
  d({id: "baseline.hormonally_active.percent", label: "Hormonally active tumors (%)", text: "69%", location: loc, quote: "A total of 69% of all tumors were found to be hormonally active", kind: "percent", endpoint: "baseline", denominator: "patients", unit: "percent"}),
  d({id: "baseline.age_at_diagnosis.mean", label: "Mean age at diagnosis (years)", text: "52", location: loc, quote: "initially diagnosed at an average age of 52 years (range, 20–83 y)", kind: "mean", endpoint: "baseline", denominator: "patients", unit: "years"}),
  d({id: "baseline.age_at_diagnosis.min", label: "Minimum age at diagnosis (years)", text: "20", location: loc, quote: "range, 20–83 y", kind: "range_min", endpoint: "baseline", denominator: "patients", unit: "years"}),
  d({id: "baseline.age_at_diagnosis.max", label: "Maximum age at diagnosis (years)", text: "83", location: loc, quote: "range, 20–83 y", kind: "range_max", endpoint: "baseline", denominator: "patients", unit: "years"}),
  d({id: "baseline.diagnosis_to_liver_metastases.mean", label: "Mean time from diagnosis to liver metastases (years)", text: "2", location: loc, quote: "developed liver metastases an average of 2 years later", kind: "mean", endpoint: "baseline", denominator: "patients", unit: "years"}),
  ...countAndPercent("prior_primary_resection", "Prior resection of the primary", "29", "43%", "29 patients (43%) underwent surgical resection of their primary tumors"),
  ...countAndPercent("prior_hepatectomy", "Prior partial hepatectomy", "5", "7%", "five (7%) underwent partial hepatectomy for treatment of metastases"),
  ...countAndPercent("prior_chemotherapy", "Prior chemotherapy", "40", "60%", "Forty individuals (60%) underwent some form of chemotherapy"),
  ...countAndPercent("prior_radiation", "Prior radiation therapy", "7", "10%", "seven (10%) were treated with radiation therapy"),
  d({id: "baseline.liver_metastases_to_embolization.mean", label: "Mean time from liver metastases to first embolization (months)", text: "31", location: loc, quote: "initial embolization an average of 31 months after the diagnosis of liver metastases (range, 0–298 months)", kind: "mean", endpoint: "baseline", denominator: "patients", unit: "months"}),
  d({id: "baseline.liver_metastases_to_embolization.min", label: "Minimum time from liver metastases to first embolization (months)", text: "0", location: loc, quote: "range, 0–298 months", kind: "range_min", endpoint: "baseline", denominator: "patients", unit: "months"}),
  d({id: "baseline.liver_metastases_to_embolization.max", label: "Maximum time from liver metastases to first embolization (months)", text: "298", location: loc, quote: "range, 0–298 months", kind: "range_max", endpoint: "baseline", denominator: "patients", unit: "months"}),
  d({id: "arm.chemo.count", label: "Chemoembolization arm (n)", text: "44", location: loc, quote: "the chemoemboli-zation group included 44 patients (65% of the total)", kind: "count", endpoint: "cohort", arm: "chemoembolization", denominator: "patients", unit: "patients"}),
  d({id: "arm.chemo.percent", label: "Chemoembolization arm (% of patients)", text: "65%", location: loc, quote: "44 patients (65% of the total)", kind: "percent", endpoint: "cohort", arm: "chemoembolization", denominator: "patients", unit: "percent"}),
  d({id: "crossover.chemo.count", label: "Chemoembolization-arm patients with some bland embolization (n)", text: "8", location: loc, quote: "of whom eight (18%) received some bland embolic treatments", kind: "count", endpoint: "crossover", arm: "chemoembolization", denominator: "patients", unit: "patients"}),
  d({id: "crossover.chemo.percent", label: "Chemoembolization-arm patients with some bland embolization (%)", text: "18%", location: loc, quote: "of whom eight (18%) received some bland embolic treatments", kind: "percent", endpoint: "crossover", arm: "chemoembolization", denominator: "patients", unit: "percent"}),
  d({id: "arm.bland.count", label: "Bland arm (n)", text: "23", location: loc, quote: "the bland embolization group included 23 patients (34% of the total)", kind: "count", endpoint: "cohort", arm: "bland", denominator: "patients", unit: "patients"}),
  d({id: "arm.bland.percent", label: "Bland arm (% of patients)", text: "34%", location: loc, quote: "23 patients (34% of the total)", kind: "percent", endpoint: "cohort", arm: "bland", denominator: "patients", unit: "percent"}),
  d({id: "crossover.bland.count", label: "Bland-arm patients with some chemoembolization (n)", text: "2", location: loc, quote: "of whom two (9%) received some che-moembolization treatments", kind: "count", endpoint: "crossover", arm: "bland", denominator: "patients", unit: "patients"}),
  d({id: "crossover.bland.percent", label: "Bland-arm patients with some chemoembolization (%)", text: "9%", location: loc, quote: "of whom two (9%) received some che-moembolization treatments", kind: "percent", endpoint: "crossover", arm: "bland", denominator: "patients", unit: "percent"}),
  d({id: "crossover.bland.patient1.bland_procedures", label: "Bland crossover patient 1: bland procedures", text: "10", location: loc, quote: "(10 bland embolization procedures vs three chemoembolization procedures", kind: "count", endpoint: "crossover", arm: "bland", denominator: "procedures", unit: "procedures"}),
  d({id: "crossover.bland.patient1.chemo_procedures", label: "Bland crossover patient 1: chemoembolization procedures", text: "3", location: loc, quote: "10 bland embolization procedures vs three chemoembolization procedures", kind: "count", endpoint: "crossover", arm: "bland", denominator: "procedures", unit: "procedures"}),
  d({id: "crossover.bland.patient2.bland_procedures", label: "Bland crossover patient 2: bland procedures", text: "8", location: loc, quote: "and eight bland embolization proce-dures vs two chemoembolization pro-cedures, respectively)", kind: "count", endpoint: "crossover", arm: "bland", denominator: "procedures", unit: "procedures"}),
  d({id: "crossover.bland.patient2.chemo_procedures", label: "Bland crossover patient 2: chemoembolization procedures", text: "2", location: loc, quote: "eight bland embolization proce-dures vs two chemoembolization pro-cedures", kind: "count", endpoint: "crossover", arm: "bland", denominator: "procedures", unit: "procedures"}),
  ...countAndPercent("liver_metastases_3plus", "Three or more liver metastases", "58", "87%", "58 (87%) had three or more liver metastases"),
  d({id: "procedures.initial_cycle.mean", label: "Mean procedures in the initial cycle", text: "2", location: loc, quote: "An average of two embolization procedures (range, 1–4) were performed during the initial cycle", kind: "mean", endpoint: "procedures", denominator: "patients", unit: "procedures"}),
  d({id: "procedures.initial_cycle.min", label: "Minimum procedures in the initial cycle", text: "1", location: loc, quote: "(range, 1–4)", kind: "range_min", endpoint: "procedures", denominator: "patients", unit: "procedures"}),
  d({id: "procedures.initial_cycle.max", label: "Maximum procedures in the initial cycle", text: "4", location: loc, quote: "(range, 1–4)", kind: "range_max", endpoint: "procedures", denominator: "patients", unit: "procedures"}),
  d({id: "retreated.percent", label: "Patients treated again after the initial cycle (%)", text: "45%", location: loc, quote: "Because 45% of the patients were eventually treated again after their initial cycle", kind: "percent", endpoint: "retreatment", denominator: "patients", unit: "percent"}),
  d({id: "procedures.total.mean", label: "Mean total embolization procedures per patient", text: "3.3", location: loc, quote: "they ulti-mately underwent an average of 3.3 total embolization treatments (range, 1–13)", kind: "mean", endpoint: "procedures", denominator: "patients", unit: "procedures"}),
  d({id: "procedures.total.min", label: "Minimum total procedures per patient", text: "1", location: loc, quote: "(range, 1–13)", kind: "range_min", endpoint: "procedures", denominator: "patients", unit: "procedures"}),
  d({id: "procedures.total.max", label: "Maximum total procedures per patient", text: "13", location: loc, quote: "(range, 1–13)", kind: "range_max", endpoint: "procedures", denominator: "patients", unit: "procedures"}),
  d({id: "design.particles.min", label: "PVA particle size, lower (µm)", text: "150", inferredSymbol: "µ", location: loc, quote: "150–250-�m granular polyvinyl alcohol particles", kind: "design", endpoint: "technique"}),
  d({id: "design.particles.max", label: "PVA particle size, upper (µm)", text: "250", inferredSymbol: "µ", location: loc, quote: "150–250-�m granular polyvinyl alcohol particles", kind: "design", endpoint: "technique"}),
  d({id: "design.ctcae.version", label: "CTCAE version", text: "3.0", location: loc, quote: "Common Terminology Criteria for Adverse Events (CTCAE), version 3.0 (18)", kind: "design", endpoint: "toxicity"}),
  d({id: "design.response.assessment", label: "Response assessment after the initial cycle (months)", text: "1", location: loc, quote: "follow-up cross-sectional imaging scheduled for 1 month after comple-tion of the initial embolization cycle", kind: "design", endpoint: "response", unit: "months"}),
  d({id: "design.regression.imaging_interval", label: "Imaging interval after regression (months)", text: "3", location: loc, quote: "followed by repeat imaging every 3 months", kind: "design", endpoint: "response", unit: "months"}),
  d({id: "design.ttp.never_stabilized", label: "TTP of patients progressing at 1 month (months, the longest; the paper assigns 0)", text: "0", location: loc, quote: "those patients whose disease never exhibited stabili-zation or regression were classified as having a TTP of 0 months", kind: "design", endpoint: "ttp", unit: "months"})
];
