// The search's cost re-evaluates only the targets a move can have changed;
// it must still equal a full re-evaluation, bit for bit, after any move.
import {describe, expect, it} from "vitest";
import {readCohort} from "../../data-loaders/read-cohort.js";
import {PUBLISHED_NUMBERS} from "../../data-loaders/published/index.js";
import type {PatientRow} from "../../data-loaders/reconstruction/cohort-types.js";
import {fidelityReport} from "../../data-loaders/fidelity/fidelity-report.js";
import {phaseCost} from "../../data-loaders/reconstruction/phase-cost.js";
import {mulberry32} from "../../data-loaders/reconstruction/prng.js";
import {tenths} from "../../src/lib/analysis/endpoints.js";
import {REFERENCE_COHORT_DIR} from "./reference-cohort.js";

// Every number about the patients' times: curves, P values and the means of
// the intervals and of TTTF (those read more than one endpoint).
const targets = PUBLISHED_NUMBERS.filter(
  (n) => ["os_embolization", "os_diagnosis", "os_liver_metastases", "ttp", "tttf"].includes(n.endpoint) || n.id.startsWith("baseline.diagnosis_to") || n.id.startsWith("baseline.liver_metastases_to")
);

/** One random change of one patient's times, as the search makes them (events included, alone or with a time). */
function move(patients: PatientRow[], rng: ReturnType<typeof mulberry32>): void {
  const p = patients[rng.int(patients.length)];
  const step = () => tenths(Math.max(0, rng.normal() * [0.5, 5, 30][rng.int(3)]));
  switch (rng.int(7)) {
    case 0:
      p.os_months = tenths(p.os_months + step());
      break;
    case 1:
      p.os_event = (1 - p.os_event) as 0 | 1;
      break;
    case 2:
      if (p.ttp_months !== null && p.ttp_months > 0) p.ttp_months = tenths(Math.max(0.1, p.ttp_months - step()));
      break;
    case 3:
      if (p.tttf_months !== null) [p.tttf_months, p.tttf_event] = [tenths(p.tttf_months + step()), (1 - (p.tttf_event as number)) as 0 | 1];
      break;
    case 4:
      p.months_liver_metastases_to_embolization = tenths(p.months_liver_metastases_to_embolization + step());
      break;
    case 5:
      if (p.ttp_event !== null) p.ttp_event = (1 - p.ttp_event) as 0 | 1;
      break;
    default:
      p.months_diagnosis_to_liver_metastases = tenths(p.months_diagnosis_to_liver_metastases + step());
  }
}

/** The reference cohort's rows, an incremental cost over them and a seeded stream of moves. */
function setup(seed: number, missWeight = 100) {
  const cohort = readCohort(REFERENCE_COHORT_DIR);
  const rows = cohort.patients as PatientRow[];
  return {cohort, rows, cost: phaseCost(rows, targets, missWeight), rng: mulberry32(seed)};
}

/** The cost as a fresh phaseCost computes it, every target evaluated. */
const fullCost = (rows: PatientRow[]) => phaseCost(rows, targets, 100)();

/** A copy of every row; the returned function puts the rows back as they were. */
function saved(rows: PatientRow[]): () => void {
  const copies = rows.map((p) => ({...p}));
  return () => rows.forEach((p, j) => Object.assign(p, copies[j]));
}

describe("phaseCost", () => {
  it("equals a full re-evaluation after every move", () => {
    const {rows, cost, rng} = setup(11);
    let changed = 0;
    for (let i = 0; i < 150; ++i) {
      const before = cost();
      move(rows, rng);
      const incremental = cost();
      const full = fullCost(rows);
      expect(incremental).toBe(full);
      if (incremental !== before) ++changed;
    }
    // The moves did change the cost, so the comparison saw stale targets refreshed.
    expect(changed).toBeGreaterThan(50);
  });

  it("equals a full re-evaluation when moves are undone, as a search undoes the moves it rejects", () => {
    const {rows, cost, rng} = setup(13);
    let accepted = cost();
    let undone = 0;
    let differed = 0;
    for (let i = 0; i < 200; ++i) {
      const undo = saved(rows);
      move(rows, rng);
      const candidate = cost();
      expect(candidate).toBe(fullCost(rows));
      if (candidate !== accepted) ++differed;
      if (rng.next() < 0.6) {
        undo();
        ++undone;
        // Mostly the next move comes first, as in the search; sometimes the undone state is costed on its own.
        if (rng.next() < 0.2) expect(cost()).toBe(accepted);
      } else accepted = candidate;
    }
    expect(undone).toBeGreaterThan(80);
    expect(differed).toBeGreaterThan(60);
  });

  it("given a limit, returns the cost, or stops early with a bound above the limit and below the cost", () => {
    const {rows, cost, rng} = setup(14);
    let stopped = 0;
    cost();
    for (let i = 0; i < 100; ++i) {
      const undo = saved(rows);
      move(rows, rng);
      const exact = fullCost(rows);
      const limit = [exact - 150, exact - 1, exact, exact + 1, Infinity][rng.int(5)];
      const value = cost(limit);
      if (limit >= exact) expect(value).toBe(exact);
      else {
        expect(value).toBeGreaterThan(limit);
        expect(value).toBeLessThanOrEqual(exact * (1 + 1e-12));
        if (value !== exact) ++stopped;
      }
      // A stopped costing leaves nothing behind: the full cost is still exact, and so is an undo.
      if (rng.next() < 0.5) expect(cost()).toBe(exact);
      if (rng.next() < 0.5) {
        undo();
        expect(cost()).toBe(fullCost(rows));
      }
    }
    expect(stopped).toBeGreaterThan(10);
  });

  it("names the targets the fidelity report counts as missed, as the times move", () => {
    const {cohort, rows, cost, rng} = setup(12, 0);
    const ids = new Set(targets.map((n) => n.id));
    const outsideBand = () => fidelityReport(cohort, {kind: "reconstructed"}).rows.filter((r) => ids.has(r.id) && r.inBand === false).map((r) => r.id);
    let missedSome = 0;
    for (let i = 0; i < 20; ++i) {
      move(rows, rng);
      const missed = cost.missed().map((n) => n.id);
      expect(missed).toEqual(outsideBand());
      if (missed.length > 0) ++missedSome;
    }
    expect(missedSome).toBeGreaterThan(10);
  });
});
