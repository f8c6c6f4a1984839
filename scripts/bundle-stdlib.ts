// Bundles src/lib/stats/stdlib.ts and the @stdlib packages behind it into one
// ES module, src/lib/stats/stdlib-bundle.js (not committed; `npm ci`, the build
// and the tests make it). One module instead of about 140 keeps page loads
// short; the code, and so every number, is the same.
import {build} from "esbuild";

await build({
  entryPoints: ["src/lib/stats/stdlib.ts"],
  outfile: "src/lib/stats/stdlib-bundle.js",
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  logLevel: "warning"
});
