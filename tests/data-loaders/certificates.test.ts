// Every "infeasible" verdict carries a certificate, and each certificate is
// checked here by re-running its enumeration over every admissible count.
// The certificates rest on the paper's numbers alone, so a supplied cohort of
// any size gets the same verdicts as the reconstruction.
import {describe, expect, it} from "vitest";
import type {Certificate} from "../../data-loaders/certificates/certificate-types.js";
import {INFEASIBILITY_CERTIFICATES} from "../../data-loaders/certificates/infeasibility-certificates.js";
import {certificateIds, verifyCertificate} from "../../data-loaders/certificates/verify-certificate.js";
import {fidelityReport, type FidelityRow} from "../../data-loaders/fidelity/fidelity-report.js";
import {readCohort} from "../../data-loaders/read-cohort.js";
import {copiedReferenceCohort, REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";

const reference = fidelityReport(readCohort(REFERENCE_COHORT_DIR), {kind: "reconstructed"});
const infeasible = (rows: FidelityRow[]) => rows.filter((r) => r.status === "infeasible");

describe("infeasibility certificates", () => {
  it("back every infeasible verdict, and each verifies when its enumeration is run again", () => {
    const rows = infeasible(reference.rows);
    expect(rows.map((r) => r.id).sort()).toEqual(Object.keys(INFEASIBILITY_CERTIFICATES).sort());
    for (const r of rows) {
      expect(r.certificate, r.id).toBeDefined();
      const {verified, checked, summary, ...certificate} = r.certificate!;
      expect(certificate, r.id).toEqual(INFEASIBILITY_CERTIFICATES[r.id].certificate);
      expect(verifyCertificate(certificate as Certificate), r.id).toEqual({verified: true, checked, summary});
      expect(verified && checked > 0).toBe(true);
      expect(r.reason).toBe(summary);
      expect(r.conflictsWith).toEqual(certificateIds(certificate as Certificate).slice(1));
    }
  });

  it("state what their enumerations found", () => {
    const summary = (id: string) => verifyCertificate(INFEASIBILITY_CERTIFICATES[id].certificate).summary;
    expect(summary("arm.chemo.percent")).toBe("Every count 44 of 67: none prints 65%.");
    expect(summary("baseline.carcinoid.chemo.percent")).toBe("Counts adding to 38 with the other group at 65%: 23/44 = 52.3%; none prints 50%.");
    expect(summary("toxicity.infection.percent")).toBe("Every procedure split the tables allow (139 + 80 or 140 + 79) and every count printing as the two totals pool to 4.11–4.57%, never 6%.");
    expect(verifyCertificate(INFEASIBILITY_CERTIFICATES["toxicity.infection.p"].certificate)).toMatchObject({verified: true, checked: 12});
  });

  it("fail to verify when the numbers they name are compatible", () => {
    const wrong: Certificate[] = [
      {kind: "disjoint_bands", number: "os_embolization.landmark.chemo.all.12mo.abstract", other: "os_embolization.landmark.chemo.all.12mo"},
      {kind: "disjoint_bands", number: "os_embolization.landmark.bland.all.12mo.abstract", other: "os_embolization.landmark.bland.all.60mo"},
      {kind: "landmark_below_median", number: "os_embolization.landmark.bland.all.24mo", median: "os_embolization.median.bland.all"},
      {kind: "share_of_count", number: "arm.bland.percent", count: "arm.bland.count", of: "cohort.patients"},
      {kind: "pooled_table_share", number: "toxicity.infection.percent", columns: ["table2.infection.total", "table1.infection.total"], procedures: "cohort.procedures.abstract"}
    ];
    for (const c of wrong) expect(verifyCertificate(c).verified, JSON.stringify(c)).toBe(false);
  });

  it("leave the TTP medians without a verdict of infeasible: a cohort reaches them (ttp-counterexample.test.ts), and so does the reconstruction", () => {
    expect(INFEASIBILITY_CERTIFICATES["ttp.median.bland.all"]).toBeUndefined();
    expect(INFEASIBILITY_CERTIFICATES["ttp.median.chemo.noncarcinoid"]).toBeUndefined();
    expect(reference.rows.find((r) => r.id === "ttp.median.bland.all")?.status).toBe("reproduced");
    expect(reference.rows.find((r) => r.id === "ttp.median.chemo.noncarcinoid")?.status).toBe("reproduced");
  });

  it("give a supplied cohort 30 times the paper's size the same verdicts as the reconstruction", () => {
    const large = copiedReferenceCohort(30);
    expect(large.procedures.length).toBe(6570);
    const pick = (rows: FidelityRow[]) => infeasible(rows).map(({id, reason, conflictsWith, certificate}) => ({id, reason, conflictsWith, certificate}));
    expect(pick(fidelityReport(large, {kind: "supplied"}).rows)).toEqual(pick(reference.rows));
  });
});
