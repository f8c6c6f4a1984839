// The fidelity report's rows say exactly what they compute (which contrast,
// which patients, which endpoint and origin), and a sentence with more than
// one reading shows every reading with its value: reproduced only when all of
// them print as the paper does.
import {beforeAll, describe, expect, it} from "vitest";
import {createEvaluator} from "../../data-loaders/fidelity/evaluate-number.js";
import {fidelityReport, type FidelityReport, type FidelityRow} from "../../data-loaders/fidelity/fidelity-report.js";
import {PUBLISHED_NUMBERS} from "../../data-loaders/published/index.js";
import {landmarkLabel, medianLabel} from "../../data-loaders/published/survival-labels.js";
import {readCohort} from "../../data-loaders/read-cohort.js";
import {PLAN} from "../../data-loaders/reconstruction/cohort-plan.js";
import {REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";

let report: FidelityReport;
const row = (id: string) => report.rows.find((r) => r.id === id) as FidelityRow;

beforeAll(() => {
  report = fidelityReport(readCohort(REFERENCE_COHORT_DIR), {kind: "reconstructed", seed: PLAN.seed});
});

describe("fidelity row labels", () => {
  const evaluator = createEvaluator(readCohort(REFERENCE_COHORT_DIR));
  const ORIGIN: Record<string, string> = {
    ttp: "TTP from stabilization", tttf: "TTTF from stabilization", os_embolization: "Survival from first embolization",
    os_diagnosis: "Survival from diagnosis", os_liver_metastases: "Survival from liver metastases"
  };

  it("name the curve each Kaplan–Meier landmark and median is read off: endpoint, origin, arm and tumour type", () => {
    let checked = 0;
    for (const n of PUBLISHED_NUMBERS.filter((n) => n.kind === "km_landmark" || n.kind === "km_median")) {
      const [read] = evaluator.reads(n) ?? [];
      expect(read, n.id).toBeDefined();
      expect(n.label, n.id).toBe(n.kind === "km_median" ? medianLabel(read.endpoint, read.arm, read.subgroup) : landmarkLabel(read.endpoint, read.arm, read.subgroup, n.timeMonths as number));
      checked += 1;
    }
    expect(checked).toBe(76);
  });

  it("name the contrast of each log-rank P: arms within a tumour type, or tumour types over both arms", () => {
    for (const n of PUBLISHED_NUMBERS.filter((n) => n.kind === "logrank_p" && n.id !== "subgroups.other.p")) {
      expect(n.label.startsWith(`${ORIGIN[n.endpoint]}: log-rank P, `), n.id).toBe(true);
      if (n.arm === "carcinoid_vs_noncarcinoid") expect(n.label, n.id).toMatch(/carcinoid vs noncarcinoid, both arms$/);
      else expect(n.label, n.id).toMatch(n.subgroup === "all" ? /chemoembolization vs bland arm$/ : new RegExp(`chemoembolization vs bland arm, ${n.subgroup} patients only$`));
    }
  });

  it("call the Fig 6 P what it computes: carcinoid vs noncarcinoid within the chemoembolization arm, not an arm contrast", () => {
    const fig6 = row("ttp.carcinoid.given_diagnosis.p");
    expect(fig6.label).toBe("TTP from stabilization: log-rank P, carcinoid vs noncarcinoid, chemoembolization arm only (Fig 6a)");
    expect(fig6.label).not.toMatch(/chemoembolization vs bland/);
  });

  it("say patients where the count is of patients and procedures where it is of procedures", () => {
    expect(row("toxicity.grade3plus.chemo.count").label).toBe("Chemoembolization-arm patients with any grade ≥3 toxicity (n)");
    expect(row("toxicity.grade3plus.bland.abstract").label).toBe("Bland-arm patients with any grade ≥3 toxicity (%)");
    expect(row("toxicity.infection.p").label).toBe("Fisher exact P, any-grade infection, chemoembolization vs bland procedures");
    expect(row("mortality30.deaths.bland").label).toBe("Bland procedures followed by death within 30 days");
    expect(row("ttp.carcinoid.chemo.count").label).toBe("Carcinoid patients of the chemoembolization arm assessed at 1 month (TTP patients)");
    expect(row("table1.pain.grade1").label).toBe("Pain, grade 1 (% of chemoembolization procedures)");
  });
});

describe("numbers with more than one reading", () => {
  it("Fig 6: the figure's reading reproduces P = .01, the sentence's words give the P = .08 test, so it depends on the reading", () => {
    const fig6 = row("ttp.carcinoid.given_diagnosis.p");
    expect(fig6.readings?.map((r) => [r.label.split(":")[0], r.text, r.inBand])).toEqual([
      ["Fig 6a", "0.01", true],
      ["The sentence's words", "0.08", false]
    ]);
    expect(fig6.readings?.[0].value).toBe(fig6.reconstructed);
    expect(fig6.readings?.[1].value).toBe(row("ttp.logrank.carcinoid").reconstructed);
    expect(fig6.status).toBe("ambiguous");
    expect(fig6.reason).toBe("depends on the reading: 1 of 2 readings print as the paper does");
  });

  it("\"P > .05 in the other subgroups\": each contrast and origin with its value; the arm contrast from embolization gives P = 0.017", () => {
    const other = row("subgroups.other.p");
    expect(other.readings?.map((r) => [r.label.split(";")[0], r.label.match(/survival from (first embolization|diagnosis)/)?.[1], Number(r.value?.toFixed(4)), r.inBand])).toEqual([
      ["Subgroups compared with each other", "first embolization", 0.081, true],
      ["Subgroups compared with each other", "diagnosis", 0.081, true],
      ["Chemoembolization vs bland within each subgroup", "first embolization", 0.0175, false],
      ["Chemoembolization vs bland within each subgroup", "diagnosis", 0.0515, true]
    ]);
    expect(other.readings?.[2].detail).toBe("smallest: survival from first embolization, chemoembolization vs bland among patients without extrahepatic disease, P = 0.017");
    expect(other.readings?.[0].value).toBe(other.reconstructed);
    expect(other.status).toBe("ambiguous");
  });

  it("counts a number as reproduced only when every reading is, and the summary adds up", () => {
    for (const r of report.rows) {
      if (!r.readings) continue;
      const matching = r.readings.filter((x) => x.inBand).length;
      expect(r.status, r.id).toBe(matching === r.readings.length ? "reproduced" : matching > 0 ? "ambiguous" : expect.not.stringMatching(/reproduced|ambiguous/));
    }
    const {total, reproduced, ambiguous, infeasible, unidentified, missed} = report.summary;
    expect(reproduced + ambiguous + infeasible + unidentified + missed).toBe(total);
    expect(ambiguous).toBe(report.rows.filter((r) => r.status === "ambiguous").length);
    expect(report.rows.filter((r) => r.readings).map((r) => r.id)).toEqual(["ttp.carcinoid.given_diagnosis.p", "subgroups.other.p"]);
  });
});
