// Bundles src/lib/stats/stdlib.ts and the @stdlib packages behind it into one
// ES module, src/lib/stats/stdlib-bundle.js (not committed; `npm ci`, the build
// and the tests make it). One module instead of about 140 keeps page loads
// short; the code, and so every number, is the same.
import {build, type Plugin} from "esbuild";

// @stdlib's continued fractions and series (behind gammainc and the beta and t
// quantiles) ask at load whether generators exist by eval-ing one, which the
// pages' Content-Security-Policy forbids: the probe then fails, reports a
// violation, and they fall back to a different code path than the one Node runs
// and the tests check. Every browser the bundle targets (es2022) has
// generators, so the answer is fixed here, without eval.
const generatorsSupported: Plugin = {
  name: "generators-supported",
  setup(build) {
    build.onResolve({filter: /^@stdlib\/assert-has-generator-support$/}, ({path}) => ({path, namespace: "generators-supported"}));
    build.onLoad({filter: /.*/, namespace: "generators-supported"}, () => ({contents: "module.exports = function hasGeneratorSupport() { return true; };", loader: "js"}));
  }
};

await build({
  entryPoints: ["src/lib/stats/stdlib.ts"],
  outfile: "src/lib/stats/stdlib-bundle.js",
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  plugins: [generatorsSupported],
  logLevel: "warning"
});
