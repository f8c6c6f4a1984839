// Engine validation for the /methods page: every R reference case committed in
// tests/fixtures (written by the R scripts there) recomputed with the survival
// and stats engines, one row per engine function with the cases, the values
// compared, the largest relative difference |ours − R| / max(1, |R|) and the
// unit tests' tolerance, plus the R and survival versions the fixtures record.
// Fails the build if an engine returns a missing value where R has a number.
import {engineValidation} from "../../data-loaders/engine-validation/index.js";

const started = performance.now();
const validation = engineValidation();
process.stdout.write(JSON.stringify(validation));
const values = validation.rows.reduce((sum, row) => sum + row.values, 0);
process.stderr.write(`engine-validation: ${validation.rows.length} functions, ${values} values against R ${validation.r} / survival ${validation.survival} in ${Math.round(performance.now() - started)} ms\n`);
