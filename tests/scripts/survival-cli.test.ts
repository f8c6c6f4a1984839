// The command line against R on lung (tests/fixtures/survival-cli.R), and
// each of its messages word for word.
import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {runSurvivalCli} from "../../scripts/survival-cli.js";
import {expectClose} from "../stats/expect-close.js";

const LUNG = "tests/fixtures/cli/lung.csv";
const R = JSON.parse(readFileSync("tests/fixtures/cli/lung-reference.json", "utf8"));
const files: Record<string, string | Uint8Array> = {};
const read = (path: string) => {
  const file = files[path];
  if (file === undefined) return readFileSync(path);
  return typeof file === "string" ? new TextEncoder().encode(file) : file;
};
const run = (...argv: string[]) => runSurvivalCli(argv, read);
const json = (...argv: string[]) => {
  const result = run(...argv, "--json");
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout);
};

describe("equal to R", () => {
  it("km: survfit's summary per group, and the medians", () => {
    const out = json("km", "--csv", LUNG, "--time", "time", "--event", "event", "--group", "sex");
    expect(out.groups.map((g: {group: string}) => `sex=${g.group}`)).toEqual(R.km.strata);
    out.groups.forEach(({fit}: {fit: Record<string, number[]> & {median: {estimate: number; lower: number; upper: number}}}, k: number) => {
      const r = R.km.groups[k];
      expect(fit.time).toEqual(r.time);
      expect(fit.nRisk).toEqual(r.n_risk);
      expect(fit.nEvent).toEqual(r.n_event);
      expect(fit.nCensor).toEqual(r.n_censor);
      for (const [ours, theirs] of [["surv", "surv"], ["stdErr", "std_err"], ["lower", "lower"], ["upper", "upper"]]) {
        fit[ours].forEach((x, i) => expectClose(x, r[theirs][i], 1e-9, `${ours}[${i}]`));
      }
      expect([fit.median.estimate, fit.median.lower, fit.median.upper]).toEqual([R.km.median[k], R.km.median_lower[k], R.km.median_upper[k]]);
    });
  });

  it("logrank: survdiff", () => {
    const out = json("logrank", "--csv", LUNG, "--time", "time", "--event", "event", "--group", "sex");
    expectClose(out.chisq, R.logrank.chisq, 1e-9, "chisq");
    expectClose(out.p, R.logrank.p, 1e-9, "p");
    expect(out.n).toEqual(R.logrank.n);
    out.expected.forEach((x: number, i: number) => expectClose(x, R.logrank.expected[i], 1e-9, "expected"));
    expect(out.observed).toEqual(R.logrank.observed);
  });

  it("logrank with --entry: the Cox score test of coxph(Surv(entry, time, event) ~ group), named as such", () => {
    const result = run("logrank", "--csv", "tests/fixtures/cli/lung-entry.csv", "--time", "time", "--event", "event", "--entry", "entry", "--group", "sex");
    expect(result.stdout).toMatch(/^Cox score test \(delayed entry; R's survdiff takes no entry times\): chisq = 9\.0639 on 1 df/);
    const out = json("logrank", "--csv", "tests/fixtures/cli/lung-entry.csv", "--time", "time", "--event", "event", "--entry", "entry", "--group", "sex");
    expectClose(out.chisq, R.entry.score_chisq, 1e-6, "chisq");
    expectClose(out.p, R.entry.score_p, 1e-6, "p");
  });

  it("km with --entry: survfit(Surv(entry, time, event) ~ 1)", () => {
    const out = json("km", "--csv", "tests/fixtures/cli/lung-entry.csv", "--time", "time", "--event", "event", "--entry", "entry");
    expect(out.groups[0].fit.time).toEqual(R.entry.km_time);
    out.groups[0].fit.surv.forEach((x: number, i: number) => expectClose(x, R.entry.km_surv[i], 1e-9, `surv[${i}]`));
  });

  it("cox: coxph with Efron ties, leaving out the row with a missing covariate as R does", () => {
    const result = run("cox", "--csv", LUNG, "--time", "time", "--event", "event", "--covariates", "age,sex,ph_ecog");
    expect(result.stdout.split("\n")[0]).toBe("1 row left out for a missing value");
    const out = json("cox", "--csv", LUNG, "--time", "time", "--event", "event", "--covariates", "age,sex,ph_ecog");
    expect(out.terms).toEqual(R.cox.terms);
    expect([out.n, out.nEvent, out.omitted]).toEqual([R.cox.n, R.cox.nevent, 1]);
    for (const key of ["coef", "se", "p", "lower", "upper"] as const) out[key].forEach((x: number, i: number) => expectClose(x, R.cox[key][i], 1e-6, `${key}[${i}]`));
    expectClose(out.lrTest.chisq, R.cox.lr, 1e-6, "lr");
    expectClose(out.waldTest.chisq, R.cox.wald, 1e-6, "wald");
    expectClose(out.scoreTest.chisq, R.cox.score, 1e-6, "score");
  });
});

describe("messages", () => {
  const analyse = (text: string | Uint8Array, ...extra: string[]) => {
    files["data.csv"] = text;
    return run("km", "--csv", "data.csv", "--time", "t", "--event", "e", ...extra);
  };

  it("names the file, row, column, value and what was expected", () => {
    expect(analyse("t,e\n1,1\n-2,0\n").stderr).toBe('data.csv row 2 (line 3), column "t": "-2", expected a time of 0 or more\n');
    expect(analyse("t,e\n1,1\nsoon,0\n").stderr).toBe('data.csv row 2 (line 3), column "t": "soon", expected a time of 0 or more\n');
    expect(analyse("t,e\n1,2\n").stderr).toBe('data.csv row 1 (line 2), column "e": "2", expected 0 (censored) or 1 (event)\n');
    expect(analyse("t,e,s\n1,1,0\n3,0,3\n", "--entry", "s").stderr).toBe('data.csv row 2 (line 3), column "s": "3", expected an entry time before the time (3) in column "t"\n');
    expect(analyse("t,e\n1,1\n2,0,5\n").stderr).toBe("data.csv row 2 (line 3): 3 cells, expected 2 as in the header\n");
    expect(analyse("").stderr).toBe("data.csv is empty: expected a header row naming the columns, then one row per patient\n");
    expect(analyse("t,e\n").stderr).toBe("data.csv has a header but no rows: expected one row per patient\n");
    expect(analyse("1,1\n2,0\n").stderr).toBe('data.csv line 1: "1", "1" are numbers, expected a header row naming the columns\n');
    expect(analyse("time,e\n1,1\n").stderr).toBe('data.csv: no column "t" in the header, expected one of "time", "e"\n');
    expect(analyse(Uint8Array.from([...new TextEncoder().encode("t,e,name\n1,1,P"), 0xe9, 0x0a])).stderr).toBe("data.csv line 2: byte 0xE9 at character 6 of the line is not UTF-8 (save the file as UTF-8)\n");
    for (const result of [analyse("t,e\n-1,1\n"), analyse("")]) expect(result.code).toBe(1);
  });

  it("says a covariate of categories goes in as the group", () => {
    files["sex.csv"] = "t,e,sex\n1,1,m\n2,0,f\n3,1,m\n";
    const result = run("cox", "--csv", "sex.csv", "--time", "t", "--event", "e", "--covariates", "sex");
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('sex.csv row 1 (line 2), column "sex": "m", expected a number\n--covariates are numbers; for a column of categories in the Cox model, use --group sex\n');
    // A cell of another role gets no such hint.
    files["time.csv"] = "t,e,age\nsoon,1,60\n";
    expect(run("cox", "--csv", "time.csv", "--time", "t", "--event", "e", "--covariates", "age").stderr).toBe('time.csv row 1 (line 2), column "t": "soon", expected a time of 0 or more\n');
  });

  it("says why it cannot compare one group, or rows the engine cannot test, without a stack trace", () => {
    files["one.csv"] = "t,e,g\n1,1,A\n2,0,A\n3,1,A\n";
    for (const command of ["logrank", "cox"]) {
      const result = run(command, "--csv", "one.csv", "--time", "t", "--event", "e", "--group", "g");
      expect([result.code, result.stderr], command).toEqual([1, 'one.csv: column "g" holds one group ("A") in the rows analysed, expected two or more to compare\n']);
    }
    // Every event at time 0: R's survdiff fails too (a singular system).
    files["zero.csv"] = "t,e,g\n0,1,A\n0,1,A\n0,1,B\n0,1,B\n";
    const zero = run("logrank", "--csv", "zero.csv", "--time", "t", "--event", "e", "--group", "g");
    expect([zero.code, zero.stderr]).toEqual([1, "zero.csv: the log-rank variance matrix is singular: the data cannot compare these groups\n"]);
  });

  it("leaves out rows with a missing value and says how many", () => {
    const result = analyse("t,e\n1,1\nNA,0\n3,\n4,0\n");
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("2 rows left out for a missing value");
    expect(result.stdout).toContain("n = 2, median 2.5 (95% CI 1 to NA)");
  });

  it("explains a command line it cannot follow, with the usage, and exits 2", () => {
    for (const [argv, problem] of [
      [["survive"], 'unknown command "survive"'],
      [["km", "--time", "t", "--event", "e"], "--csv is required"],
      [["logrank", "--csv", LUNG, "--time", "time", "--event", "event"], "logrank needs --group"],
      [["cox", "--csv", LUNG, "--time", "time", "--event", "event"], "cox needs --covariates or --group"],
      [["km", "--csv", LUNG, "--time", "time", "--event", "event", "--conf-level", "95"], "--conf-level 95: expected a number between 0 and 1"]
    ] as const) {
      const result = run(...argv);
      expect(result.code).toBe(2);
      expect(result.stderr.split("\n")[0]).toBe(problem);
      expect(result.stderr).toContain("Usage: npx tsx scripts/survival.ts km|logrank|cox");
    }
    expect(run("km", "--csv", "no-such.csv", "--time", "t", "--event", "e").stderr).toBe("no-such.csv: cannot be read (ENOENT)\n");
  });
});

it("runs as a command and prints the table", () => {
  const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/survival.ts", "logrank", "--csv", LUNG, "--time", "time", "--event", "event", "--group", "sex"], {encoding: "utf8"});
  expect(out).toBe("Log-rank test: chisq = 10.3267 on 1 df, p = 0.00131116\ngroup    n  observed  expected\n    1  138       112   91.5817\n    2   90        53   73.4183\n");
});
