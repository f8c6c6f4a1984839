// Printed numbers the survival searches do not aim at. Most have a certificate
// of infeasibility (data-loaders/certificates): aiming at them would pull
// against the version the contradiction ledger follows. The two TTP medians
// are reachable (tests/reconstruction/ttp-counterexample.test.ts) but the
// searches, aiming at them, give up other numbers: the chemoembolization
// noncarcinoid one and the bland one are aimed at by last passes of their own
// (PINNED_TTP_MEDIAN, PINNED_POOLED_TTP_MEDIAN).
export const SET_ASIDE_TARGETS: ReadonlySet<string> = new Set([
  "os_embolization.landmark.chemo.all.60mo.abstract",
  "os_embolization.landmark.bland.all.12mo.abstract",
  "os_embolization.landmark.bland.all.60mo.abstract",
  "os_embolization.landmark.bland.all.36mo.abstract",
  "baseline.carcinoid.chemo.percent",
  "arm.chemo.percent",
  "ttp.median.bland.all",
  "ttp.median.chemo.noncarcinoid",
  "toxicity.infection.percent"
]);

/** The set-aside median the last pass of the fit aims at (pin-ttp-median.ts). */
export const PINNED_TTP_MEDIAN = "ttp.median.chemo.noncarcinoid";

/** The set-aside pooled median the pass after it aims at (pin-pooled-median.ts). */
export const PINNED_POOLED_TTP_MEDIAN = "ttp.median.bland.all";
