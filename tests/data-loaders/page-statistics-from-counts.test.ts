// A build from a risk table alone (COHORT_AGGREGATES) publishes the pages'
// statistics its counts determine: /trial-design's, from riskTablePatients'
// weighted rows, equal to the rows' to 1e-12, and MIN_CELL weighs each row as
// the patients it stands for. The other pages need rows.
import {describe, expect, it} from "vitest";
import {aggregateCohort} from "../../data-loaders/aggregate/aggregate-cohort.js";
import {FROM_COUNTS, pageStatistics, pageStatisticsJson, STATISTICS_PAGES} from "../../data-loaders/page-statistics/page-statistics.js";
import {readPublished, type PageStatistics} from "../../src/lib/analysis/published-statistics.js";
import {riskTablePatients, type RiskTableCount} from "../../src/lib/analysis/risk-table-patients.js";
import {trialDesignStatistics, TRIAL_DESIGN_PARTS} from "../../src/lib/analysis/trial-design-statistics.js";
import {patients} from "../analysis/reference-cohort.js";
import {expectSame} from "../analysis/expect-same.js";

const {riskTable} = await aggregateCohort({patients: "tests/fixtures/reconstruction/patients.csv", procedures: "tests/fixtures/reconstruction/procedures.csv"});
const counts = {patients: riskTablePatients(riskTable as RiskTableCount[]), procedures: []};
const published = (minCell: number | null): PageStatistics => JSON.parse(pageStatisticsJson(pageStatistics("trial-design", counts, minCell)));

describe("page statistics from a risk table", () => {
  it("are published for /trial-design alone", () => {
    expect(STATISTICS_PAGES.filter((page) => FROM_COUNTS.has(page))).toEqual(["trial-design"]);
  });

  it("give /trial-design, for each endpoint, the statistics of the rows", () => {
    const table = published(null);
    for (const endpoint of ["ttp", "os_embolization"] as const) {
      const {statistics, note} = readPublished(table, TRIAL_DESIGN_PARTS, {endpoint});
      expect(note).toBeNull();
      const fromRows = trialDesignStatistics(patients, {endpoint});
      expect(fromRows.cohort.patients).toBe(67);
      expect(fromRows.cohort.observed.hazardRatio).not.toBeNull();
      expectSame(statistics, fromRows);
    }
  });

  it("withhold them under MIN_CELL above the cohort's 67 patients, not at or below it", () => {
    expect(published(68).parts.cohort).toEqual({"endpoint=ttp": null, "endpoint=os_embolization": null});
    expect(Object.values(published(67).parts.cohort).every((part) => part !== null)).toBe(true);
  });
});
