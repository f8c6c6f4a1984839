// rmstAtTaus fits the curves once for many taus; each result must be rmst's
// at that tau to the last bit, so the pages' restricted means by tau print
// exactly what rmst would.
import {describe, expect, it} from "vitest";
import type {RmstFixture} from "../../data-loaders/engine-validation/rmst.js";
import {rmst, rmstAtTaus} from "../../src/lib/survival/index.js";
import {loadFixture} from "./fixtures.js";

type Fixture = RmstFixture & {tooLarge: {name: string; input: RmstFixture["cases"][number]["input"]; options: {tau: number}; message: string}[]};
const fixture = loadFixture<Fixture>("rmst");

describe("rmstAtTaus", () => {
  for (const c of fixture.cases) {
    it(`equals rmst at each of 25 taus: ${c.name}, ${c.options.confLevel}`, () => {
      const {levels, ...data} = c.input;
      const tauMax = rmst(data, {levels, confLevel: c.options.confLevel}).tau;
      const taus = Array.from({length: 25}, (_, i) => (tauMax * (i + 1)) / 25);
      expect(rmstAtTaus(data, taus, {levels, confLevel: c.options.confLevel})).toStrictEqual(taus.map((tau) => rmst(data, {levels, confLevel: c.options.confLevel, tau})));
    });
  }

  it("equals rmst on weighted rows, one curve and the curves' own times", () => {
    const data = {time: [1, 2, 2, 3, 5, 8, 8, 9, 12, 13], event: [1, 0, 1, 1, 0, 1, 1, 0, 1, 0], group: ["a", "b", "a", "b", "a", "b", "a", "b", "a", "b"], weights: [3, 1, 7, 2, 2, 5, 1, 4, 2, 3]};
    const taus = [0.5, 1, 2, 2.5, 8, 9, 12];
    expect(rmstAtTaus(data, taus)).toStrictEqual(taus.map((tau) => rmst(data, {tau})));
    const {group: _, ...single} = data;
    expect(rmstAtTaus(single, [3, 13])).toStrictEqual([3, 13].map((tau) => rmst(single, {tau})));
  });

  for (const {name, input, options, message} of fixture.tooLarge) {
    it(`stops as rmst does at a tau past what the curves support: ${name}`, () => {
      const {levels, ...data} = input;
      expect(() => rmstAtTaus(data, [options.tau / 2, options.tau], {levels})).toThrow(message);
    });
  }
});
