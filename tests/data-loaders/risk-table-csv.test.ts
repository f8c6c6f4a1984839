import {describe, expect, it} from "vitest";
import {readRiskTableCsv} from "../../data-loaders/aggregate/risk-table-csv.js";

const HEADER = "endpoint,arm,primary_tumor,hormonally_active,extrahepatic_disease,time_months,events,censored,entries";
const read = (...lines: string[]) => () => readRiskTableCsv([HEADER, ...lines].join("\n") + "\n", "risk-table.csv");

describe("readRiskTableCsv", () => {
  it("reads every column by its type", () => {
    expect(read("os_diagnosis,bland,carcinoid,1,0,12.5,2,1,0", "ttp,chemoembolization,other_net,0,1,0,0,3,0")()).toEqual([
      {endpoint: "os_diagnosis", arm: "bland", primary_tumor: "carcinoid", hormonally_active: 1, extrahepatic_disease: 0, time_months: 12.5, events: 2, censored: 1, entries: 0},
      {endpoint: "ttp", arm: "chemoembolization", primary_tumor: "other_net", hormonally_active: 0, extrahepatic_disease: 1, time_months: 0, events: 0, censored: 3, entries: 0}
    ]);
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
