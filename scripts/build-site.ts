// Builds the site into a staging directory and publishes it to dist/ (or
// SITE_OUTPUT) only when the whole build succeeded, so a failing loader, for
// example on invalid supplied data, never leaves a partial site behind.
import {spawnSync} from "node:child_process";
import {existsSync, renameSync, rmSync} from "node:fs";

const output = process.env.SITE_OUTPUT ?? "dist";
const staging = `${output}.staging`;
rmSync(staging, {recursive: true, force: true});

const result = spawnSync("observable", ["build"], {
  stdio: "inherit",
  env: {...process.env, SITE_OUTPUT: staging, OBSERVABLE_TELEMETRY_DISABLE: "1"}
});

if (result.status !== 0 || !existsSync(`${staging}/index.html`)) {
  rmSync(staging, {recursive: true, force: true});
  console.error(`build failed: nothing was published${existsSync(output) ? ` (${output}/ is unchanged)` : ""}`);
  process.exit(result.status || 1);
}
rmSync(output, {recursive: true, force: true});
renameSync(staging, output);
console.error(`published ${output}/`);
