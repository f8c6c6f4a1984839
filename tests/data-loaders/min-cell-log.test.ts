import {describe, expect, it} from "vitest";
import {minCellLog} from "../../data-loaders/aggregate/min-cell-log.js";

describe("minCellLog", () => {
  it("gives the row count alone without MIN_CELL", () => {
    expect(minCellLog(812, null, {patterns: 14, patients: 67, withheldPatients: 0}, 0)).toBe("risk-table: 812 rows");
  });

  it("names k, the patterns withheld and the share of patients they hold", () => {
    expect(minCellLog(640, 5, {patterns: 14, patients: 67, withheldPatients: 12}, 6)).toBe("risk-table: 640 rows, MIN_CELL=5: 6 of 14 patterns withheld, holding 12 of 67 patients (18%)");
    expect(minCellLog(1, 2, {patterns: 1, patients: 1, withheldPatients: 0}, 0)).toBe("risk-table: 1 row, MIN_CELL=2: 0 of 1 pattern withheld, holding 0 of 1 patient (0%)");
  });

  it("warns on a line of its own when more than half of the patients are withheld, and not at exactly half", () => {
    expect(minCellLog(120, 10, {patterns: 12, patients: 60, withheldPatients: 41}, 9)).toBe(
      "risk-table: 120 rows, MIN_CELL=10: 9 of 12 patterns withheld, holding 41 of 60 patients (68%)\n" +
        "warning: MIN_CELL=10 withholds more than half of the patients: the pages show 19 patients of 60, those in patterns of 10 or more"
    );
    expect(minCellLog(0, 10, {patterns: 3, patients: 8, withheldPatients: 8}, 3)).toBe(
      "risk-table: 0 rows, MIN_CELL=10: 3 of 3 patterns withheld, holding 8 of 8 patients (100%)\n" +
        "warning: MIN_CELL=10 withholds more than half of the patients: the pages show 0 patients of 8, those in patterns of 10 or more"
    );
    expect(minCellLog(90, 10, {patterns: 8, patients: 60, withheldPatients: 30}, 4)).toBe("risk-table: 90 rows, MIN_CELL=10: 4 of 8 patterns withheld, holding 30 of 60 patients (50%)");
  });

  it("leaves out the share of an empty table rather than dividing by zero", () => {
    expect(minCellLog(0, 3, {patterns: 0, patients: 0, withheldPatients: 0}, 0)).toBe("risk-table: 0 rows, MIN_CELL=3: 0 of 0 patterns withheld, holding 0 of 0 patients");
  });
});
