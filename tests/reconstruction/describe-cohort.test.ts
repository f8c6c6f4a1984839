// The source a build from aggregates describes: its patients counted once
// each, from the survival-from-first-embolization risk set, whether the table
// is read by describeCohort or handed over already read.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {readAggregatesDir} from "../../data-loaders/aggregate/published-risk-table.js";
import {aggregatesSource, describeCohort} from "../../data-loaders/reconstruction/load-cohort.js";

const dir = join(mkdtempSync(join(tmpdir(), "describe-cohort-")), "registry");
const header = "endpoint,arm,primary_tumor,hormonally_active,extrahepatic_disease,time_months,events,censored,entries";
const rows = [
  "os_embolization,bland,carcinoid,1,0,3.5,2,1,0",
  "os_embolization,chemoembolization,pancreatic_islet,0,1,10,0,4,0",
  "ttp,bland,carcinoid,1,0,2,2,0,0"
];

afterAll(() => rmSync(join(dir, ".."), {recursive: true, force: true}));

describe("describeCohort from COHORT_AGGREGATES", () => {
  it("counts each patient once, from the survival risk set only, and names the directory", () => {
    mkdirSync(dir, {recursive: true});
    writeFileSync(join(dir, "risk-table.csv"), [header, ...rows].join("\n") + "\n");
    const env = {COHORT_AGGREGATES: dir};
    const described = describeCohort(env);
    expect(described).toMatchObject({kind: "supplied", dir: "registry", patients: 7, procedures: 0, aggregatesOnly: true, publication: {rows: false, minCell: null}});
    expect(aggregatesSource(readAggregatesDir(dir), env)).toEqual(described);
  });
});
