import {describe, expect, it} from "vitest";
import {rmst} from "../../src/lib/survival/index.js";
import {expectClose} from "./expect-close.js";
import {loadFixture} from "./fixtures.js";
import type {RmstFixture} from "../../data-loaders/engine-validation/rmst.js";

type Fixture = RmstFixture & {tooLarge: {name: string; input: RmstFixture["cases"][number]["input"]; options: {tau: number}; message: string}[]};
const fixture = loadFixture<Fixture>("rmst");

describe("rmst matches the survRM2 rmst2 port in tests/fixtures/survival.R", () => {
  for (const c of fixture.cases) {
    it(`${c.name}, tau ${c.options.tau ?? "default"}, ${c.options.confLevel}`, () => {
      const {levels, ...data} = c.input;
      expectClose(rmst(data, {...c.options, levels}), c.expected);
    });
  }

  for (const {name, input, options, message} of fixture.tooLarge) {
    it(`stops like rmst2 when tau is past what the curves support: ${name}, tau ${options.tau}`, () => {
      const {levels, ...data} = input;
      expect(() => rmst(data, {...options, levels})).toThrow(message);
    });
  }
});

describe("rmst of one curve matches the rmst1 port", () => {
  for (const c of fixture.single) {
    it(`${c.name}, tau ${c.options.tau ?? "default (largest time)"}`, () => {
      const {group, ...expected} = c.expected.groups[0];
      const result = rmst(c.input, c.options);
      expect(result.tau).toBe(c.expected.tau);
      expect(result.groups[0].group).toBeNull();
      expectClose(result.groups[0], expected);
      expect(result.difference).toBeNull();
      expect(result.ratio).toBeNull();
    });
  }
});

describe("rmst input errors", () => {
  const data = {time: [1, 2, 3, 4], event: [1, 0, 1, 0], group: ["a", "a", "b", "b"]};
  it.each([
    [{tau: 0}, "tau is 0, expected a finite number > 0"],
    [{tau: NaN}, "tau is NaN, expected a finite number > 0"],
    [{confLevel: 1}, "confLevel is 1, expected a number between 0 and 1"],
    [{levels: ["a", "b", "c"]}, "group c has no observations"]
  ])("%#: %s", (options, message) => {
    expect(() => rmst(data, options)).toThrow(message);
  });
});
