// Printed numbers the survival search does not aim at. Most have a certificate
// of infeasibility (data-loaders/certificates): aiming at them would pull
// against the version the contradiction ledger follows. The two TTP medians
// are reachable (tests/reconstruction/ttp-counterexample.test.ts) but the
// search, aiming at them, gives up other numbers, so it leaves them aside and
// the fidelity report shows them as missed.
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
