import {baselineChecks} from "./baseline-checks.js";
import {kmChecks} from "./km-checks.js";
import {responseChecks} from "./response-checks.js";
import {toxicityChecks} from "./toxicity-checks.js";
import type {ConsistencyReport, Verdict} from "./types.js";

/** The whole GRIM-style analysis of the paper's printed numbers, as one JSON-serialisable object. */
export function consistencyReport(): ConsistencyReport {
  const sections = [baselineChecks(), toxicityChecks(), responseChecks(), kmChecks()];
  const summary: Record<Verdict, number> = {consistent: 0, inconsistent: 0, ambiguous: 0};
  for (const section of sections) for (const r of section.rows) summary[r.verdict] += 1;
  return {
    source: "Printed numbers of the paper (data-loaders/published), checked against integer counts.",
    rounding: "A printed figure with d decimals stands for [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ) (half-up rounding); shares are tested exactly in integers.",
    sections,
    summary
  };
}
