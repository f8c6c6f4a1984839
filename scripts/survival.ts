// npx tsx scripts/survival.ts km|logrank|cox --csv FILE --time COL --event COL …
// (see USAGE in survival-cli.ts, or --help).
import {readFileSync} from "node:fs";
import {runSurvivalCli} from "./survival-cli.js";

const {code, stdout, stderr} = runSurvivalCli(process.argv.slice(2), (path) => readFileSync(path));
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
