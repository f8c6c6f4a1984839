// The survival engine from the command line, on any CSV: Kaplan–Meier curves,
// the log-rank family (or the Cox score test with delayed entry) and Cox
// models, as a table or as JSON. `scripts/survival.ts` runs it; tests call
// runSurvivalCli directly. Files are read through readSurvivalCsv, so every
// error names the file, row, column and value and what was expected.
import {parseArgs} from "node:util";
import {decodeCohortFile} from "../data-loaders/cohort-input/decode-file.js";
import {CohortValidationError} from "../data-loaders/cohort-input/cohort-error.js";
import {readSurvivalCsv, SurvivalCsvError, type SurvivalCsv} from "../src/lib/analysis/survival-csv.js";
import {confTypes, coxPH, coxScoreTest, kaplanMeier, kaplanMeierByGroup, logRank, type ConfType, type KaplanMeierFit} from "../src/lib/survival/index.js";

export const USAGE = `Usage: npx tsx scripts/survival.ts km|logrank|cox --csv FILE --time COL --event COL [options]

  km        Kaplan–Meier curve per group (R: summary(survfit(Surv(time, event) ~ group), censored = TRUE))
  logrank   log-rank test between groups (R: survdiff); with --entry, the Cox score test (R: coxph(Surv(entry, time, event) ~ group))
  cox       Cox proportional hazards model (R: coxph, Efron ties)

Options:
  --csv FILE            a UTF-8 CSV with a header row
  --time COL            follow-up time, 0 or more
  --event COL           1 for the event, 0 for censored
  --entry COL           delayed entry: at risk from this time, before --time (R: Surv(entry, time, event))
  --group COL           groups to compare (km, logrank); a categorical covariate for cox
  --covariates A,B      numeric covariates (cox)
  --rho R               G-rho weight for logrank: 0 log-rank (default), 1 Peto–Peto
  --conf-type T         log (default), log-log or plain (km)
  --conf-level L        confidence level, default 0.95
  --ties T              efron (default) or breslow (cox)
  --json                print JSON instead of a table

Rows with an empty or NA cell in a named column are left out, as R does.`;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Exit codes: 0 success, 1 a file that cannot be analysed as asked, 2 a command line that cannot be understood. */
export function runSurvivalCli(argv: string[], readFile: (path: string) => Uint8Array): CliResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        csv: {type: "string"}, time: {type: "string"}, event: {type: "string"}, entry: {type: "string"}, group: {type: "string"},
        covariates: {type: "string"}, rho: {type: "string"}, "conf-type": {type: "string"}, "conf-level": {type: "string"},
        ties: {type: "string"}, json: {type: "boolean"}, help: {type: "boolean"}
      }
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const {values, positionals} = parsed;
  if (values.help) return {code: 0, stdout: `${USAGE}\n`, stderr: ""};
  const [command] = positionals;
  if (!["km", "logrank", "cox"].includes(command)) return usage(command === undefined ? "no command given" : `unknown command ${JSON.stringify(command)}`);
  for (const name of ["csv", "time", "event"] as const) if (values[name] === undefined) return usage(`--${name} is required`);
  if (command === "logrank" && values.group === undefined) return usage("logrank needs --group");
  const covariates = values.covariates?.split(",").map((c) => c.trim()).filter(Boolean) ?? [];
  if (command === "cox" && covariates.length === 0 && values.group === undefined) return usage("cox needs --covariates or --group");
  const confLevel = values["conf-level"] === undefined ? 0.95 : Number(values["conf-level"]);
  if (!(confLevel > 0 && confLevel < 1)) return usage(`--conf-level ${values["conf-level"]}: expected a number between 0 and 1`);
  const confType = (values["conf-type"] ?? "log") as ConfType;
  if (!confTypes.includes(confType)) return usage(`--conf-type ${confType}: expected ${confTypes.join(", ")}`);
  const rho = values.rho === undefined ? 0 : Number(values.rho);
  if (!Number.isFinite(rho)) return usage(`--rho ${values.rho}: expected a number`);
  const ties = values.ties ?? "efron";
  if (ties !== "efron" && ties !== "breslow") return usage(`--ties ${ties}: expected efron or breslow`);

  let data: SurvivalCsv;
  const file = values.csv!;
  try {
    let bytes: Uint8Array;
    try {
      bytes = readFile(file);
    } catch (error) {
      return {code: 1, stdout: "", stderr: `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`};
    }
    data = readSurvivalCsv(decodeCohortFile(bytes, file), file, {time: values.time!, event: values.event!, entry: values.entry, group: values.group, covariates});
  } catch (error) {
    // The command line reads covariates as numbers; a column of categories goes in as the group.
    const hint = error instanceof SurvivalCsvError && error.column !== undefined && covariates.includes(error.column) ? `\n--covariates are numbers; for a column of categories in the Cox model, use --group ${error.column}` : "";
    if (error instanceof SurvivalCsvError || error instanceof CohortValidationError) return {code: 1, stdout: "", stderr: `${error.message}${hint}\n`};
    throw error;
  }
  // Two groups at least to compare: R's survdiff says "There is only 1 group"; here the file and column are named.
  if (command !== "km" && values.group !== undefined && data.groupLevels!.length < 2 && !(command === "cox" && covariates.length > 0)) {
    const levels = data.groupLevels!.map((l) => JSON.stringify(l)).join(", ");
    return {code: 1, stdout: "", stderr: `${file}: column ${JSON.stringify(values.group)} holds one group (${levels}) in the rows analysed, expected two or more to compare\n`};
  }
  let result: {table: string; json: unknown};
  try {
    result = command === "km" ? km(data, {confType, confLevel}) : command === "logrank" ? test(data, rho) : cox(data, values.group, {confLevel, ties});
  } catch (error) {
    // What the engine cannot compute from these rows (a singular log-rank variance, every event at one time): said, not a stack trace.
    if (error instanceof RangeError) return {code: 1, stdout: "", stderr: `${file}: ${error.message}\n`};
    throw error;
  }
  return {code: 0, stdout: values.json ? `${JSON.stringify(result.json, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v))}\n` : result.table, stderr: ""};
}

function usage(problem: string): CliResult {
  return {code: 2, stdout: "", stderr: `${problem}\n\n${USAGE}\n`};
}

const num = (x: number | null) => (x === null || Number.isNaN(x) ? "NA" : String(Number(x.toPrecision(6))));

function table(header: string[], rows: (string | number | null)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === "number" || c === null ? num(c) : c)))];
  const widths = header.map((_, j) => Math.max(...cells.map((r) => r[j].length)));
  return cells.map((r) => r.map((c, j) => c.padStart(widths[j])).join("  ")).join("\n") + "\n";
}

function km(data: SurvivalCsv, options: {confType: ConfType; confLevel: number}) {
  const fits: {group: string; fit: KaplanMeierFit}[] = data.group
    ? kaplanMeierByGroup({time: data.time, event: data.event, group: data.group, entry: data.entry}, options)
    : [{group: "all", fit: kaplanMeier({time: data.time, event: data.event, entry: data.entry}, options)}];
  const level = `${Math.round(options.confLevel * 1000) / 10}%`;
  const text = fits.map(({group, fit}) => {
    const m = fit.median;
    return `${data.group ? `group ${group}: ` : ""}n = ${fit.n}, median ${num(m.estimate)} (${level} CI ${num(m.lower)} to ${num(m.upper)})\n` +
      table(["time", "n.risk", "n.event", "n.censor", "survival", "std.err", `lower ${level}`, `upper ${level}`],
        Array.from(fit.time, (t, i) => [t, fit.nRisk[i], fit.nEvent[i], fit.nCensor[i], fit.surv[i], fit.stdErr[i], fit.lower[i], fit.upper[i]]));
  }).join("\n");
  return {table: `${omitted(data)}${text}`, json: {n: data.n, omitted: data.omitted, confType: options.confType, confLevel: options.confLevel, groups: fits}};
}

function test(data: SurvivalCsv, rho: number) {
  const {time, event, entry} = data;
  const group = data.group!;
  if (entry) {
    const r = coxScoreTest({time, event, group, entry});
    const text = `Cox score test (delayed entry; R's survdiff takes no entry times): chisq = ${num(r.chisq)} on ${r.df} df, p = ${num(r.p)}\n` +
      table(["group", "n"], r.groups.map((g, i) => [String(g), r.n[i]]));
    return {table: `${omitted(data)}${text}`, json: {rows: data.n, omitted: data.omitted, ...r}};
  }
  const r = logRank({time, event, group}, {rho});
  const name = rho === 0 ? "Log-rank test" : rho === 1 ? "Peto–Peto test" : `G-rho test (rho = ${rho})`;
  const text = `${name}: chisq = ${num(r.chisq)} on ${r.df} df, p = ${num(r.p)}\n` +
    table(["group", "n", "observed", "expected"], r.groups.map((g, i) => [String(g), r.n[i], r.observed[i], r.expected[i]]));
  return {table: `${omitted(data)}${text}`, json: {rows: data.n, omitted: data.omitted, test: name, rho, ...r}};
}

function cox(data: SurvivalCsv, group: string | undefined, options: {confLevel: number; ties: "efron" | "breslow"}) {
  // A grouping column enters as R's treatment contrasts: an indicator per level after the first in sorted order.
  const columns: Record<string, ArrayLike<number>> = {...data.covariates};
  if (group && data.group) {
    const levels = [...new Set(data.group)].sort();
    for (const level of levels.slice(1)) columns[`${group}${level}`] = data.group.map((g) => Number(g === level));
  }
  const r = coxPH({time: data.time, event: data.event, entry: data.entry, covariates: columns}, options);
  const level = `${Math.round(options.confLevel * 1000) / 10}%`;
  const text = `Cox model, ${options.ties} ties: n = ${r.n}, events = ${r.nEvent}\n` +
    table(["term", "coef", "exp(coef)", "se(coef)", "z", "p", `lower ${level}`, `upper ${level}`], r.terms.map((t, i) => [t, r.coef[i], r.hr[i], r.se[i], r.z[i], r.p[i], r.lower[i], r.upper[i]])) +
    `Likelihood ratio test = ${num(r.lrTest.chisq)} on ${r.lrTest.df} df, p = ${num(r.lrTest.p)}\n` +
    `Wald test = ${num(r.waldTest.chisq)} on ${r.waldTest.df} df, p = ${num(r.waldTest.p)}\n` +
    `Score (log-rank) test = ${num(r.scoreTest.chisq)} on ${r.scoreTest.df} df, p = ${num(r.scoreTest.p)}\n` +
    (r.infinite.some(Boolean) ? `Warning: the coefficient of ${r.terms.filter((_, i) => r.infinite[i]).join(", ")} may be infinite.\n` : "");
  return {table: `${omitted(data)}${text}`, json: {omitted: data.omitted, ...r}};
}

function omitted(data: SurvivalCsv): string {
  return data.omitted ? `${data.omitted} row${data.omitted === 1 ? "" : "s"} left out for a missing value\n` : "";
}
