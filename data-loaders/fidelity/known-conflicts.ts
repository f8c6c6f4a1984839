// Printed numbers that cannot hold together with others the reconstruction
// follows, each with the numbers it conflicts with and why. The optimizer does
// not aim at these; the fidelity report cites the reason when one misses.

export interface KnownConflict {
  conflictsWith: string[];
  reason: string;
  /** Entry of the contradiction ledger (data-loaders/published/contradictions.ts), when it has one. */
  ledger?: string;
}

export const KNOWN_CONFLICTS: Readonly<Record<string, KnownConflict>> = {
  "os_embolization.landmark.chemo.all.60mo.abstract": {
    conflictsWith: ["os_embolization.landmark.chemo.all.60mo"],
    reason: "One curve cannot be both 50% (abstract) and 49% (results) at 5 years; the results are followed.",
    ledger: "os_embolization.abstract_vs_results"
  },
  "os_embolization.landmark.bland.all.12mo.abstract": {
    conflictsWith: ["os_embolization.landmark.bland.all.12mo"],
    reason: "The abstract's 68% and the results' 64% at 1 year are disjoint rounding bands; the results are followed.",
    ledger: "os_embolization.abstract_vs_results"
  },
  "os_embolization.landmark.bland.all.60mo.abstract": {
    conflictsWith: ["os_embolization.landmark.bland.all.60mo"],
    reason: "The abstract's 33% and the results' 39% at 5 years are disjoint rounding bands; the results are followed.",
    ledger: "os_embolization.abstract_vs_results"
  },
  "os_embolization.landmark.bland.all.36mo.abstract": {
    conflictsWith: ["os_embolization.median.bland.all"],
    reason: "Survival below 50% at 36 months puts the median at or before 36 months, not 39.",
    ledger: "os_embolization.abstract_vs_results"
  },
  "baseline.carcinoid.chemo.percent": {
    conflictsWith: ["baseline.carcinoid.count", "baseline.carcinoid.bland.percent", "arm.chemo.count", "arm.bland.count"],
    reason: "50% of 44 (22) plus 65% of 23 (15) is 37, not the 38 carcinoid primaries; the split 23 + 15 keeps 38 and 65% and gives 52%.",
    ledger: "carcinoid.by_arm"
  },
  "arm.chemo.percent": {
    conflictsWith: ["arm.chemo.count", "cohort.patients"],
    reason: "44 of 67 is 65.7%, which prints as 66%; 65% is a truncation.",
    ledger: "arm_sizes.percent_of_total"
  },
  "ttp.median.bland.all": {
    conflictsWith: ["ttp.landmark.bland.all.6mo", "ttp.median.bland.carcinoid", "ttp.median.bland.noncarcinoid", "response.progression.bland.percent"],
    reason:
      "With 16 assessed bland patients (2 progressing at 1 month), 73% free of progression at 6 months leaves about 12 at risk, so the pooled curve needs at least 4 progressions in (6, 6.5) months to print a median of 6; but each subgroup curve must stay above 50% until 7.5 (noncarcinoid median 8) and 9.5 months (carcinoid median 10), which allows at most one progression per subgroup there.",
    ledger: "ttp.bland.median_vs_6mo"
  },
  "ttp.median.chemo.noncarcinoid": {
    conflictsWith: ["ttp.landmark.chemo.all.6mo", "ttp.landmark.chemo.carcinoid.6mo", "response.progression.chemo.percent", "ttp.carcinoid.chemo.count"],
    reason:
      "Of the 41 assessed chemoembolization patients (20 carcinoid, 21 noncarcinoid, 5 progressing at 1 month with TTP 0), a noncarcinoid median of 5 months needs at least 6 further noncarcinoid progressions by 5.5 months, and 78% of carcinoid patients free of progression at 6 months is only reachable with carcinoid censorings before carcinoid progressions; the pooled curve is then at most about 63% at 6 months, not 65%."
  },
  "toxicity.infection.percent": {
    conflictsWith: ["table1.infection.total", "table2.infection.total", "cohort.procedures.abstract"],
    reason: "The tables' 6% of chemoembolization and 1% of bland procedures pool to about 5% of 219 procedures, not 6%.",
    ledger: "infection.overall"
  }
};
