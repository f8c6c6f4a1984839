import {describe, expect, it} from "vitest";
import {criticalValues} from "../../src/lib/design/index.js";

describe("criticalValues", () => {
  it("splits alpha over both tails when two-sided (R qnorm)", () => {
    const two = criticalValues({alpha: 0.05, sided: 2, power: 0.8});
    expect(two.zAlpha).toBeCloseTo(1.959963984540054, 14);
    expect(two.zBeta).toBeCloseTo(0.8416212335729143, 14);
    expect(criticalValues({alpha: 0.05, sided: 1, power: 0.9}).zAlpha).toBeCloseTo(1.6448536269514722, 14);
  });
  it("names the bad argument", () => {
    expect(() => criticalValues({alpha: 5, sided: 2, power: 0.8})).toThrow("alpha is 5, expected a number between 0 and 1");
    expect(() => criticalValues({alpha: 0.05, sided: 3 as 2, power: 0.8})).toThrow("sided is 3, expected 1 or 2");
    expect(() => criticalValues({alpha: 0.05, sided: 2, power: 80})).toThrow("power is 80");
  });
});
