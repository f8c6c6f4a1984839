import type {Contradiction} from "./types.js";

/**
 * Places where the paper disagrees with itself, with the version the
 * reconstruction follows. Every id refers to an entry of PUBLISHED_NUMBERS
 * (checked by the tests), so the site can link each claim to its quote. The
 * numbers an entry sets aside are exactly those the fidelity report shows
 * infeasible, each with a certificate; every other number of an entry is
 * reproduced (tests/data-loaders/one-story.test.ts).
 */
export const CONTRADICTIONS: Contradiction[] = [
  {
    id: "os_embolization.abstract_vs_results",
    title: "Survival after embolization: abstract (1/3/5 y) vs results (1/2/5/10 y)",
    numberIds: [
      "os_embolization.landmark.chemo.all.12mo.abstract", "os_embolization.landmark.chemo.all.36mo.abstract", "os_embolization.landmark.chemo.all.60mo.abstract",
      "os_embolization.landmark.bland.all.12mo.abstract", "os_embolization.landmark.bland.all.36mo.abstract", "os_embolization.landmark.bland.all.60mo.abstract",
      "os_embolization.landmark.chemo.all.12mo", "os_embolization.landmark.chemo.all.24mo", "os_embolization.landmark.chemo.all.60mo", "os_embolization.landmark.chemo.all.120mo",
      "os_embolization.landmark.bland.all.12mo", "os_embolization.landmark.bland.all.24mo", "os_embolization.landmark.bland.all.60mo", "os_embolization.landmark.bland.all.120mo",
      "os_embolization.median.bland.all"
    ],
    versions: [
      "Abstract: 86%, 67%, 50% (chemoembolization) and 68%, 46%, 33% (bland) at 1, 3 and 5 years.",
      "Results: 86%, 69%, 49%, 49% (chemoembolization) and 64%, 59%, 39%, 17% (bland) at 1, 2, 5 and 10 years; medians 44 and 39 months.",
      "They disagree at the shared landmarks: bland 1 year 68% vs 64%; 5 years 50% vs 49% (chemo) and 33% vs 39% (bland). The abstract's bland 3-year 46% (< 50%) also puts the bland median at or before 36 months, against the 39 months in the results."
    ],
    followed: "Results (1/2/5/10-year landmarks and medians 44/39 months).",
    reason: "The results paragraph is the fuller report (four landmarks, medians and the log-rank P, tied to Fig 7), and its values are mutually consistent with the medians; the abstract's 1-year 86% and 3-year 67% (chemoembolization) are reproduced as well; its bland 3-year 46% is not, since below 50% at 3 years it would put the bland median at or before 36 months.",
    setAside: ["os_embolization.landmark.chemo.all.60mo.abstract", "os_embolization.landmark.bland.all.12mo.abstract", "os_embolization.landmark.bland.all.36mo.abstract", "os_embolization.landmark.bland.all.60mo.abstract"]
  },
  {
    id: "arm_sizes.percent_of_total",
    title: "Arm shares 65% + 34% of 67 patients",
    numberIds: ["arm.chemo.count", "arm.chemo.percent", "arm.bland.count", "arm.bland.percent", "cohort.patients"],
    versions: ["44 patients (65% of the total)", "23 patients (34% of the total)", "44/67 = 65.7% rounds to 66%, so the shares add to 99%; 65% is 44/67 truncated."],
    followed: "Counts 44 and 23.",
    reason: "The counts are printed several times (abstract, methods, Table 3) and add to 67; the percentage is a truncation slip.",
    setAside: ["arm.chemo.percent"]
  },
  {
    id: "carcinoid.by_arm",
    title: "Carcinoid patients per arm: 50% of 44 + 65% of 23 ≠ 38; \"only 20\" treated with chemoembolization",
    numberIds: ["baseline.carcinoid.count", "baseline.carcinoid.percent", "baseline.carcinoid.chemo.percent", "baseline.carcinoid.bland.percent", "ttp.carcinoid.chemo.count"],
    versions: [
      "Methods: 38 carcinoid primaries (57%) among 67 patients (tumour types add to 67).",
      "Results: carcinoid in 50% of the chemoembolization arm (only 22 of 44 prints as 50%) and 65% of the bland arm (only 15 of 23 prints as 65%): 37 in total.",
      "Results: \"only 20 patients had carcinoid tumors treated with chemoembolization\" (20/44 = 45%)."
    ],
    followed: "38 carcinoid patients, 23 chemoembolization and 15 bland.",
    reason: "The total 38 is printed with its own consistent percentage and the five tumour types add to 67. Of the two splits adding to 38, 23/15 moves one printed arm percentage by 2.3 points (52% vs 50%) while 22/16 moves the other by 4.6 points (70% vs 65%). The \"20\" is read as carcinoid chemoembolization patients evaluable for TTP, not the arm's size. The Kaplan–Meier landmarks agree for the chemoembolization side: with 23 patients all seven carcinoid chemoembolization landmarks are reachable without censoring, with 22 none is.",
    setAside: ["baseline.carcinoid.chemo.percent"]
  },
  {
    id: "grade3plus.denominator",
    title: "\"11 of 44 chemoembolization procedures\" and \"five of 23 bland embolization procedures\"",
    numberIds: ["toxicity.grade3plus.chemo.count", "toxicity.grade3plus.chemo.denominator", "toxicity.grade3plus.bland.count", "toxicity.grade3plus.bland.denominator", "toxicity.grade3plus.chemo.abstract", "toxicity.grade3plus.or", "toxicity.grade3plus.or.lo", "toxicity.grade3plus.or.hi"],
    versions: [
      "Text and abstract: grade ≥3 toxicity after 25% of chemoembolization procedures (11 of 44) and 22% of bland procedures (5 of 23).",
      "44 and 23 are the arm sizes in patients; the tables imply roughly 150 chemoembolization and 70 bland procedures, and their grade 3–5 cells add to at most 13% and 7% of procedures, so 25% and 22% cannot be shares of procedures."
    ],
    followed: "Patients: 11 of 44 chemoembolization-arm patients and 5 of 23 bland-arm patients had at least one grade ≥3 toxicity.",
    reason: "Only the patient reading fits the tables, and 11/44 vs 5/23 reproduces the odds ratio 1.2 and its Woolf 95% CI 0.4–4.0 exactly (see the consistency analysis).",
    setAside: []
  },
  {
    id: "ttp.dramatic_vs_p",
    title: "TTP \"dramatically shorter\" after bland embolization, yet log-rank P = .16",
    numberIds: ["ttp.logrank.all", "ttp.logrank.all.abstract"],
    versions: ["Results/discussion: \"The TTP was dramatically shorter\", \"the dramatic difference … in TTP\".", "Log-rank P = .16 (abstract and results): not significant."],
    followed: "The statistic (P = .16).",
    reason: "The wording is an interpretation; only the numbers can be reproduced.",
    setAside: []
  },
  {
    id: "tttf.median_sentence",
    title: "Median TTTF sentence \"33 months … versus and 8 months\"",
    numberIds: ["tttf.median.chemo.all", "tttf.median.bland.all"],
    versions: ["\"median TTTF: 33 months among patients who received chemoembolization versus and 8 months for those who received bland embolization\" — a garbled edit."],
    followed: "Medians 33 (chemoembolization) and 8 (bland) months.",
    reason: "Both are bracketed by the printed TTTF landmarks (chemo 65% at 24 and 47% at 36 months; bland 73% at 6 and 46% at 12 months).",
    setAside: []
  },
  {
    id: "other_subgroups.p_symbol",
    title: "\"P � .05\" for the other subgroups",
    numberIds: ["subgroups.other.p"],
    versions: ["The comparison symbol was lost in extraction: \"P < .05\" or \"P > .05\"."],
    followed: "P > .05.",
    reason: "The sentence reports that \"no other significant differences were found\".",
    setAside: []
  },
  {
    id: "mortality30.grade5",
    title: "30-day mortality 1.4% (3 of 219: 2 bland, 1 chemoembolization) vs grade 5 rows of Tables 1–2",
    numberIds: ["mortality30.percent", "mortality30.deaths", "mortality30.procedures", "mortality30.deaths.bland", "mortality30.deaths.chemo", "mortality30.percent.abstract", "table1.other.grade5", "table2.other.grade5"],
    versions: ["3/219 = 1.37%, printed 1.4% (consistent).", "Table 1 prints no grade 5 event (one death among about 150 procedures would print 1%); Table 2 prints a single grade 5 (\"Other\", 1%) against two bland deaths."],
    followed: "Three 30-day deaths (2 bland, 1 chemoembolization) as died_within_30_days; the toxicity grades as printed in the tables.",
    reason: "Deaths of advanced disease within 30 days need not be graded as procedure toxicity; the tables and the mortality sentence are kept separately.",
    setAside: []
  },
  {
    id: "infection.overall",
    title: "\"Infection was rare (6%)\"",
    numberIds: ["toxicity.infection.percent", "table1.infection.total", "table2.infection.total"],
    versions: ["Results: infection in 6% (no denominator).", "Table 1: 6% of chemoembolization procedures; Table 2: 1% of bland procedures; pooled over 219 procedures this is about 4–5%."],
    followed: "The tables.",
    reason: "The 6% is the chemoembolization table's figure; the pooled rate it seems to claim is not reachable with the table denominators: every procedure split and count the tables allow pools to 4.1–4.6%.",
    setAside: ["toxicity.infection.percent"]
  },
  {
    id: "resection.by_arm",
    title: "Prior resection: 29 (43%) vs \"attempted tumor resection\" 48% and 43% by arm",
    numberIds: ["baseline.prior_primary_resection.count", "baseline.prior_primary_resection.percent", "baseline.attempted_resection.chemo.percent", "baseline.attempted_resection.bland.percent"],
    versions: ["Methods: 29 patients (43%) had resection of the primary.", "Results: attempted resection in 48% (only 21 of 44) and 43% (only 10 of 23) = 31 patients."],
    followed: "29 completed primary resections (prior_primary_resection); the 31 attempted resections are not a column of the schema.",
    reason: "\"Attempted\" resections can exceed completed ones; the methods count is the one that defines the baseline flag.",
    setAside: []
  },
  {
    id: "procedures.per_modality",
    title: "Procedures per modality: 219 in total, tables over about 140 and 80",
    numberIds: ["cohort.procedures.abstract", "mortality30.procedures", "procedures.total.mean", "table1.pain.total", "table2.pain.total"],
    versions: [
      "219 procedures (abstract, results, discussion); a mean of 3.3 per patient (219/67 = 3.27).",
      "Every cell of Table 1 is k/N only for N = 139, 140 or 170, and of Table 2 for N = 79, 80, 116, …; with N_chemo + N_bland = 219 only (139, 80) and (140, 79) remain."
    ],
    followed: "139 chemoembolization and 80 bland procedures (by modality of the procedure, crossovers included).",
    reason: "Both pairs reproduce every printed cell; the first is taken so the reconstruction is deterministic, and no printed figure distinguishes them.",
    setAside: []
  }
];
