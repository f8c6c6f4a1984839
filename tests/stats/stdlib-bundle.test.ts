// The bundled module the engine imports is the @stdlib code itself: same
// exports, bit-identical values.
import {describe, expect, it} from "vitest";
import * as bundled from "../../src/lib/stats/stdlib-bundle.js";
import * as direct from "../../src/lib/stats/stdlib.js";

describe("stdlib-bundle.js", () => {
  it("exports what stdlib.ts exports", () => {
    expect(Object.keys(bundled).sort()).toEqual(Object.keys(direct).sort());
  });

  it("gives bit-identical values", () => {
    const xs = [1e-300, 1e-12, 0.001, 0.025, 0.3, 0.5, 0.975, 0.999999, 1, 3.84, 50, 700];
    for (const x of xs) {
      expect(bundled.gammainc(x, 2.5, true, true)).toBe(direct.gammainc(x, 2.5, true, true));
      expect(bundled.erfc(x)).toBe(direct.erfc(x));
      expect(bundled.tCdf(-x, 7)).toBe(direct.tCdf(-x, 7));
      if (x < 1) {
        expect(bundled.normalQuantile(x, 0, 1)).toBe(direct.normalQuantile(x, 0, 1));
        expect(bundled.tQuantile(x, 7)).toBe(direct.tQuantile(x, 7));
        expect(bundled.betaQuantile(x, 3, 9)).toBe(direct.betaQuantile(x, 3, 9));
      }
    }
    for (let k = 0; k <= 10; ++k) expect(bundled.hypergeometricLogPmf(k, 40, 12, 10)).toBe(direct.hypergeometricLogPmf(k, 40, 12, 10));
  });
});
