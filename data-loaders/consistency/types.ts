// Shape of the consistency report: sections of rows, each a check of some
// published numbers against integer counts, with a verdict and a reason.

export type Verdict = "consistent" | "inconsistent" | "ambiguous";

export interface ConsistencyRow {
  ids: string[];
  check: string;
  feasible: unknown;
  verdict: Verdict;
  explanation: string;
}

export interface ConsistencySection {
  id: string;
  title: string;
  rows: ConsistencyRow[];
}

export interface ConsistencyReport {
  source: string;
  rounding: string;
  sections: ConsistencySection[];
  summary: Record<Verdict, number>;
}
