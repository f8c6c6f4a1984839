import {describe, expect, it} from "vitest";
import {kaplanMeier} from "../../src/lib/survival/index.js";
import {piecewiseFromKaplanMeier, survivalProbability} from "../../src/lib/design/index.js";
import {patients} from "../analysis/reference-cohort.js";
import {expectRelative, fixture} from "./fixture.js";

describe("piecewiseFromKaplanMeier", () => {
  it("meets the Kaplan–Meier curve at every event time and carries the average hazard beyond", () => {
    const fit = kaplanMeier({time: [2, 3, 3, 5, 8, 9, 12], event: [1, 1, 0, 1, 0, 1, 0]});
    const model = piecewiseFromKaplanMeier(fit);
    expect(Array.from(model.start)).toEqual([0, 2, 3, 5, 9]);
    fit.time.forEach((t, i) => {
      if (fit.nEvent[i] > 0) expect(survivalProbability(model, t)).toBeCloseTo(fit.surv[i], 14);
    });
    const last = fit.surv[fit.time.indexOf(9)];
    expect(model.hazard[4]).toBeCloseTo(-Math.log(last) / 9, 15);
    // Between steps the curve is exponential: at 2.5, halfway in log S.
    expect(survivalProbability(model, 2.5)).toBeCloseTo(Math.sqrt(fit.surv[0] * fit.surv[1]), 14);
  });
  it("keeps a curve that reaches 0 finite with the last step's d/n", () => {
    const model = piecewiseFromKaplanMeier(kaplanMeier({time: [1, 2, 4], event: [1, 1, 1]}));
    const expected = [-Math.log(2 / 3), -Math.log(1 / 3) + Math.log(2 / 3), 1 / 2, (-Math.log(1 / 3) + 1) / 4];
    expect(model.hazard).toHaveLength(4);
    model.hazard.forEach((h, k) => expect(h).toBeCloseTo(expected[k], 14));
  });
  it("reads the reference cohort's bland-arm curves as the R script does", () => {
    for (const c of fixture.cohort) {
      // R's read.csv makes an empty time NA and survfit drops it.
      const rows = patients.filter((p) => p.arm === "bland" && (c.endpoint === "ttp" ? p.ttp_months : p.os_months) !== null);
      const time = rows.map((p) => (c.endpoint === "ttp" ? p.ttp_months : p.os_months) as number);
      const event = rows.map((p) => (c.endpoint === "ttp" ? p.ttp_event : p.os_event) as 0 | 1);
      const model = piecewiseFromKaplanMeier(kaplanMeier({time, event}));
      expect(Array.from(model.start)).toEqual(c.start);
      model.hazard.forEach((h, k) => expectRelative(h, c.hazard[k], 1e-12, `${c.endpoint} piece ${k}`));
    }
  });
  it("refuses a curve without events", () => {
    expect(() => piecewiseFromKaplanMeier(kaplanMeier({time: [1, 2], event: [0, 0]}))).toThrow("no event at a time > 0");
  });
});

describe("piecewiseFromKaplanMeier at time 0", () => {
  it("spreads a drop at time 0 over the first piece, meeting the curve at the first later event", () => {
    const fit = kaplanMeier({time: [0, 0, 3, 5, 7, 9], event: [1, 1, 1, 0, 1, 0]});
    const model = piecewiseFromKaplanMeier(fit);
    expect(Array.from(model.start)).toEqual([0, 3, 7]);
    expect(survivalProbability(model, 3)).toBeCloseTo(fit.surv[fit.time.indexOf(3)], 14);
    expect(survivalProbability(model, 3)).toBeCloseTo((4 / 6) * (3 / 4), 14);
  });
});
