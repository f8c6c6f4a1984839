import {describe, expect, it} from "vitest";
import {csvFormat} from "d3";
import {aggregateCohort} from "../../data-loaders/aggregate/aggregate-cohort.js";
import {readRiskTableCsv} from "../../data-loaders/aggregate/risk-table-csv.js";

const HEADER = "endpoint,arm,primary_tumor,hormonally_active,extrahepatic_disease,time_months,events,censored,entries";
const read = (...lines: string[]) => () => readRiskTableCsv([HEADER, ...lines].join("\n") + "\n", "risk-table.csv");

describe("readRiskTableCsv", () => {
  it("reads every column by its type", () => {
    expect(read("os_diagnosis,bland,carcinoid,1,0,40,0,0,3", "os_diagnosis,bland,carcinoid,1,0,52.5,2,1,0", "os_embolization,bland,carcinoid,1,0,12.5,2,1,0", "ttp,chemoembolization,other_net,0,1,0,0,3,0", "os_embolization,chemoembolization,other_net,0,1,7,1,2,0")()).toEqual([
      {endpoint: "os_diagnosis", arm: "bland", primary_tumor: "carcinoid", hormonally_active: 1, extrahepatic_disease: 0, time_months: 40, events: 0, censored: 0, entries: 3},
      {endpoint: "os_diagnosis", arm: "bland", primary_tumor: "carcinoid", hormonally_active: 1, extrahepatic_disease: 0, time_months: 52.5, events: 2, censored: 1, entries: 0},
      {endpoint: "os_embolization", arm: "bland", primary_tumor: "carcinoid", hormonally_active: 1, extrahepatic_disease: 0, time_months: 12.5, events: 2, censored: 1, entries: 0},
      {endpoint: "ttp", arm: "chemoembolization", primary_tumor: "other_net", hormonally_active: 0, extrahepatic_disease: 1, time_months: 0, events: 0, censored: 3, entries: 0},
      {endpoint: "os_embolization", arm: "chemoembolization", primary_tumor: "other_net", hormonally_active: 0, extrahepatic_disease: 1, time_months: 7, events: 1, censored: 2, entries: 0}
    ]);
  });

  it("stops at the first row whose counts cannot stand for patients, saying what was expected", () => {
    const os = "os_embolization,bland,carcinoid,0,0,9,2,1,0";
    const pattern = "arm bland, primary_tumor carcinoid, hormonally_active 0, extrahepatic_disease 0";
    expect(read(os, "ttp,bland,carcinoid,0,0,3,1,0,0", "ttp,bland,carcinoid,0,0,3,0,1,0")).toThrow(`risk-table.csv row 3 (line 4): endpoint ttp, ${pattern} at 3 months repeats row 2 (line 3); expected one row per endpoint, pattern and time`);
    expect(read(os, "ttp,bland,carcinoid,0,0,3,1,0,5")).toThrow('risk-table.csv row 2 (line 3), column entries: "5" on endpoint ttp, which has no delayed entry; expected 0');
    // Entered at 4 months, so at risk after 4: the event at 4 has nobody to come from.
    expect(read(os, "os_diagnosis,bland,carcinoid,0,0,4,1,0,2", "os_diagnosis,bland,carcinoid,0,0,6,1,0,0")).toThrow(`risk-table.csv row 2 (line 3), columns events and censored: 1 patients leave at 4 months but 0 had entered before then (endpoint os_diagnosis, ${pattern}); expected at most 0`);
    // Out of time order: 3 enter at 1, 2 leave at 3, so only 1 is at risk when 2 leave at 5 (row 2, listed first).
    expect(read(os, "os_diagnosis,bland,carcinoid,0,0,5,1,1,0", "os_diagnosis,bland,carcinoid,0,0,1,0,0,3", "os_diagnosis,bland,carcinoid,0,0,3,2,0,0")).toThrow(`risk-table.csv row 2 (line 3), columns events and censored: 2 patients leave at 5 months but 1 had entered before then (endpoint os_diagnosis, ${pattern}); expected at most 1`);
    // The last row in time order is named, not the last in the file.
    expect(read(os, "os_diagnosis,bland,carcinoid,0,0,6,1,0,0", "os_diagnosis,bland,carcinoid,0,0,1,0,0,3", "os_diagnosis,bland,carcinoid,0,0,2,1,0,0")).toThrow(`risk-table.csv row 2 (line 3): endpoint os_diagnosis, ${pattern} has 3 entries but 2 patients leave; expected every patient who enters to leave once`);
    expect(read(os, "os_liver_metastases,bland,carcinoid,0,0,1,0,0,3", "os_liver_metastases,bland,carcinoid,0,0,6,2,0,0")).toThrow(`risk-table.csv row 3 (line 4): endpoint os_liver_metastases, ${pattern} has 3 entries but 2 patients leave; expected every patient who enters to leave once`);
    expect(read(os, "tttf,bland,carcinoid,0,0,2,3,1,0")).toThrow(`risk-table.csv row 2 (line 3): endpoint tttf counts 4 patients of ${pattern} but os_embolization counts 3; expected no more than survival from the first embolization, which every patient has`);
    expect(read(os, "os_diagnosis,bland,carcinoid,0,0,1,0,0,3", "os_diagnosis,bland,carcinoid,0,0,6,2,1,0", "ttp,bland,carcinoid,0,0,2,3,0,0")()).toHaveLength(4);
  });

  it("reads back the table risk-table.sql makes of the reconstruction, delayed entries and all", async () => {
    const {riskTable} = await aggregateCohort({patients: "tests/fixtures/reconstruction/patients.csv", procedures: "tests/fixtures/reconstruction/procedures.csv"});
    expect(riskTable.some((r) => r.entries > 0)).toBe(true);
    expect(readRiskTableCsv(csvFormat(riskTable), "risk-table.csv")).toEqual(riskTable);
  });

  it("names file, row, line, column, value and what was expected", () => {
    expect(read("ttp,bland,carcinoid,0,0,3,-1,0,0")).toThrow('risk-table.csv row 1 (line 2), column events: "-1" is not a whole number >= 0');
    expect(read("ttp,bland,carcinoid,0,0,3,1,0,0", "ttp,bland,carcinoid,0,0,3,1,0.5,0")).toThrow('risk-table.csv row 2 (line 3), column censored: "0.5" is not a whole number >= 0');
    expect(read("os,bland,carcinoid,0,0,3,1,0,0")).toThrow('risk-table.csv row 1 (line 2), column endpoint: "os" is not one of ttp, tttf, os_embolization, os_diagnosis, os_liver_metastases');
    expect(read("ttp,chemo,carcinoid,0,0,3,1,0,0")).toThrow('risk-table.csv row 1 (line 2), column arm: "chemo" is not one of chemoembolization, bland');
    expect(read("ttp,bland,carcinoid,2,0,3,1,0,0")).toThrow('risk-table.csv row 1 (line 2), column hormonally_active: "2" is not 0 or 1');
    expect(read("ttp,bland,carcinoid,0,0,-3,1,0,0")).toThrow('risk-table.csv row 1 (line 2), column time_months: "-3" is not a number of months >= 0');
    expect(read("ttp,bland,carcinoid,0,0,3,1,0")).toThrow("risk-table.csv row 1 (line 2): 8 fields, expected 9");
    expect(() => readRiskTableCsv("endpoint,arm\nttp,bland\n", "risk-table.csv")).toThrow('risk-table.csv line 1 (header), column 3: found nothing, expected "primary_tumor"');
    expect(() => readRiskTableCsv(`${HEADER}\n`, "risk-table.csv")).toThrow("risk-table.csv: no risk-table rows (the file has no data rows)");
  });
});
