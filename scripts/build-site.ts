// Builds the site into a staging directory and publishes it to dist/ (or
// SITE_OUTPUT) only when the whole build succeeded, so a failing loader, for
// example on invalid supplied data, never leaves a partial site behind.
//
// Publication swaps directories with two renames (the old site aside, the new
// one in), so a reader never finds half a site and only a moment with none.
// A build killed at any point leaves the last published site in place or
// aside, and the next build cleans up or puts it back before it starts.
import {spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, renameSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {loaderFailures} from "../data-loaders/loader-failure.js";
import {bundlePageModules} from "./bundle-page-modules.js";
import {writeContentSecurityPolicy} from "./content-security-policy.js";
import {refreshLoaderCache} from "./loader-cache.js";
import {pinFileTimes, sourceTime} from "./pinned-file-times.js";
import {copyFontFiles} from "./self-hosted-fonts.js";

const output = process.env.SITE_OUTPUT ?? "dist";
const staging = `${output}.staging`;
const previous = `${output}.previous`;

if (!existsSync(output) && existsSync(previous)) renameSync(previous, output);
rmSync(staging, {recursive: true, force: true});
rmSync(previous, {recursive: true, force: true});

// Where failing loaders leave their messages, to be printed again last (data-loaders/loader-failure.ts).
const failures = mkdtempSync(join(tmpdir(), "loader-failures-"));
const failuresFile = join(failures, "messages");

const fail = (message: string, status = 1): never => {
  rmSync(staging, {recursive: true, force: true});
  rmSync(failures, {recursive: true, force: true});
  console.error(`${message}\nbuild failed: nothing was published${existsSync(output) ? ` (${output}/ is unchanged)` : ""}`);
  process.exit(status);
};

try {
  if (refreshLoaderCache().cleared) console.error("loader cache: inputs changed, cached loader outputs removed");
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const result = spawnSync("observable", ["build"], {
  stdio: "inherit",
  env: {...process.env, SITE_OUTPUT: staging, OBSERVABLE_TELEMETRY_DISABLE: "1", LOADER_FAILURES: failuresFile}
});
if (result.status !== 0 || !existsSync(`${staging}/index.html`)) {
  const reasons = loaderFailures(failuresFile);
  fail(reasons.length ? `The build stopped on its input:\n${reasons.join("\n")}` : "observable build did not finish", result.status || 1);
}
rmSync(failures, {recursive: true, force: true});
// Before the policy, which hashes the page scripts that hold these times.
try {
  const time = sourceTime();
  console.error(`file times: pinned to ${new Date(time).toISOString()} in ${pinFileTimes(staging, time).pages} pages`);
} catch (error) {
  fail(`file times: ${error instanceof Error ? error.message : String(error)}`);
}
try {
  console.error(`fonts: ${copyFontFiles(staging)} files copied into ${staging}/_fonts`);
} catch (error) {
  fail(`fonts: ${error instanceof Error ? error.message : String(error)}`);
}
// Before the policy, which hashes the page scripts this rewrites.
try {
  console.error(`page modules: ${bundlePageModules(staging).pages} pages each load one bundle`);
} catch (error) {
  fail(`page modules: ${error instanceof Error ? error.message : String(error)}`);
}
try {
  const {pages} = writeContentSecurityPolicy(staging);
  console.error(`content security policy: written into ${pages} pages`);
} catch (error) {
  fail(`content security policy: ${error instanceof Error ? error.message : String(error)}`);
}

if (existsSync(output)) renameSync(output, previous);
renameSync(staging, output);
rmSync(previous, {recursive: true, force: true});
console.error(`published ${output}/`);
