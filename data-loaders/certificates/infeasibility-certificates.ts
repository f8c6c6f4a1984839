// The printed numbers shown infeasible, each by a certificate that
// verify-certificate.ts checks (and the tests re-run), with the entry of the
// contradiction ledger (data-loaders/published/contradictions.ts) that records
// which version the reconstruction follows. A number is reported infeasible
// only when it misses and its certificate verifies.
import type {Certificate} from "./certificate-types.js";

export interface CertifiedConflict {
  certificate: Certificate;
  ledger?: string;
}

// Keyed by the number each certificate is about, so the key cannot differ from it.
const certified = (certificate: Certificate, ledger?: string): [string, CertifiedConflict] => [certificate.number, ledger ? {certificate, ledger} : {certificate}];

export const INFEASIBILITY_CERTIFICATES: Readonly<Record<string, CertifiedConflict>> = Object.fromEntries([
  certified({kind: "disjoint_bands", number: "os_embolization.landmark.chemo.all.60mo.abstract", other: "os_embolization.landmark.chemo.all.60mo"}, "os_embolization.abstract_vs_results"),
  certified({kind: "disjoint_bands", number: "os_embolization.landmark.bland.all.12mo.abstract", other: "os_embolization.landmark.bland.all.12mo"}, "os_embolization.abstract_vs_results"),
  certified({kind: "disjoint_bands", number: "os_embolization.landmark.bland.all.60mo.abstract", other: "os_embolization.landmark.bland.all.60mo"}, "os_embolization.abstract_vs_results"),
  certified({kind: "landmark_below_median", number: "os_embolization.landmark.bland.all.36mo.abstract", median: "os_embolization.median.bland.all"}, "os_embolization.abstract_vs_results"),
  certified({kind: "share_of_count", number: "arm.chemo.percent", count: "arm.chemo.count", of: "cohort.patients"}, "arm_sizes.percent_of_total"),
  certified(
    {kind: "split_of_total", number: "baseline.carcinoid.chemo.percent", total: "baseline.carcinoid.count", groupSize: "arm.chemo.count", other: "baseline.carcinoid.bland.percent", otherGroupSize: "arm.bland.count"},
    "carcinoid.by_arm"
  ),
  certified({kind: "pooled_table_share", number: "toxicity.infection.percent", columns: ["table1.infection.total", "table2.infection.total"], procedures: "cohort.procedures.abstract"}, "infection.overall"),
  certified({kind: "table_p_value", number: "toxicity.infection.p", columns: ["table1.infection.total", "table2.infection.total"], procedures: "cohort.procedures.abstract"})
]);
