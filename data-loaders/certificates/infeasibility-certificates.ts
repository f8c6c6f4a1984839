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

export const INFEASIBILITY_CERTIFICATES: Readonly<Record<string, CertifiedConflict>> = {
  "os_embolization.landmark.chemo.all.60mo.abstract": {
    certificate: {kind: "disjoint_bands", number: "os_embolization.landmark.chemo.all.60mo.abstract", other: "os_embolization.landmark.chemo.all.60mo"},
    ledger: "os_embolization.abstract_vs_results"
  },
  "os_embolization.landmark.bland.all.12mo.abstract": {
    certificate: {kind: "disjoint_bands", number: "os_embolization.landmark.bland.all.12mo.abstract", other: "os_embolization.landmark.bland.all.12mo"},
    ledger: "os_embolization.abstract_vs_results"
  },
  "os_embolization.landmark.bland.all.60mo.abstract": {
    certificate: {kind: "disjoint_bands", number: "os_embolization.landmark.bland.all.60mo.abstract", other: "os_embolization.landmark.bland.all.60mo"},
    ledger: "os_embolization.abstract_vs_results"
  },
  "os_embolization.landmark.bland.all.36mo.abstract": {
    certificate: {kind: "landmark_below_median", number: "os_embolization.landmark.bland.all.36mo.abstract", median: "os_embolization.median.bland.all"},
    ledger: "os_embolization.abstract_vs_results"
  },
  "arm.chemo.percent": {
    certificate: {kind: "share_of_count", number: "arm.chemo.percent", count: "arm.chemo.count", of: "cohort.patients"},
    ledger: "arm_sizes.percent_of_total"
  },
  "baseline.carcinoid.chemo.percent": {
    certificate: {
      kind: "split_of_total", number: "baseline.carcinoid.chemo.percent", total: "baseline.carcinoid.count", groupSize: "arm.chemo.count",
      other: "baseline.carcinoid.bland.percent", otherGroupSize: "arm.bland.count"
    },
    ledger: "carcinoid.by_arm"
  },
  "toxicity.infection.percent": {
    certificate: {kind: "pooled_table_share", number: "toxicity.infection.percent", columns: ["table1.infection.total", "table2.infection.total"], procedures: "cohort.procedures.abstract"},
    ledger: "infection.overall"
  },
  "toxicity.infection.p": {
    certificate: {kind: "table_p_value", number: "toxicity.infection.p", columns: ["table1.infection.total", "table2.infection.total"], procedures: "cohort.procedures.abstract"}
  }
};
