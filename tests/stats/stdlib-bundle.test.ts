// The bundled module the engine imports is the @stdlib code itself: same
// exports, bit-identical values, also where the pages' Content-Security-Policy
// forbids compiling code from strings.
import {spawnSync} from "node:child_process";
import {pathToFileURL} from "node:url";
import {describe, expect, it} from "vitest";
import * as bundled from "../../src/lib/stats/stdlib-bundle.js";
import * as direct from "../../src/lib/stats/stdlib.js";

describe("stdlib-bundle.js", () => {
  it("exports what stdlib.ts exports", () => {
    expect(Object.keys(bundled).sort()).toEqual(Object.keys(direct).sort());
  });

  it("compiles no code from strings, and computes the same bits where it may not", () => {
    // Self-contained, so that the child process can run its source on the bundle.
    const values = (stdlib: typeof direct) =>
      [1e-300, 1e-12, 0.001, 0.3, 0.975, 1, 3.84, 50, 700].flatMap((x) => [
        stdlib.gammainc(x, 2.5, true, true), stdlib.gammainc(x, 120, true, true), stdlib.gammainc(x, 0.3, false, true),
        stdlib.betaQuantile(Math.min(x, 0.999), 3, 9), stdlib.betaQuantile(Math.min(x, 0.999), 0.5, 200), stdlib.tQuantile(Math.min(x, 0.999), 7)
      ]);
    const bits = (xs: number[]) => Buffer.from(new Float64Array(xs).buffer).toString("hex");
    // The flag makes eval and the Function constructor throw, as the pages'
    // policy does; the proxies also count attempts that a try/catch swallows.
    const script = `
      const attempts = [];
      const watch = (name, f) => new Proxy(f, {
        apply: (target, self, args) => (attempts.push(name), Reflect.apply(target, self, args)),
        construct: (target, args) => (attempts.push(name), Reflect.construct(target, args))
      });
      globalThis.eval = watch("eval", globalThis.eval);
      globalThis.Function = watch("Function", globalThis.Function);
      const stdlib = await import(${JSON.stringify(pathToFileURL("src/lib/stats/stdlib-bundle.js").href)});
      const values = ${values.toString()};
      console.log(JSON.stringify({attempts, values: Buffer.from(new Float64Array(values(stdlib)).buffer).toString("hex")}));`;
    const child = spawnSync(process.execPath, ["--disallow-code-generation-from-strings", "--input-type=module", "-e", script], {encoding: "utf8"});
    expect(child.stderr).toBe("");
    const result = JSON.parse(child.stdout);
    expect(result.attempts).toEqual([]);
    expect(result.values).toBe(bits(values(direct)));
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
