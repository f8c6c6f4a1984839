import {describe, expect, it} from "vitest";
import {publication} from "../../data-loaders/publication.js";

describe("publication", () => {
  it("publishes the reconstruction's rows, and a supplied cohort's only when asked", () => {
    expect(publication({})).toEqual({rows: true, minCell: null});
    expect(publication({COHORT_DIR: "x"})).toEqual({rows: false, minCell: null});
    expect(publication({COHORT_DIR: "x", PUBLISH_ROWS: "1"})).toEqual({rows: true, minCell: null});
    expect(publication({COHORT_AGGREGATES: "x"})).toEqual({rows: false, minCell: null});
    expect(publication({PUBLISH_ROWS: "0"})).toEqual({rows: false, minCell: null});
  });

  it("reads MIN_CELL as a whole number of patients", () => {
    expect(publication({COHORT_DIR: "x", MIN_CELL: "5"})).toEqual({rows: false, minCell: 5});
    expect(() => publication({MIN_CELL: "0"})).toThrow("MIN_CELL=0: expected a whole number of patients, 1 or more");
    expect(() => publication({MIN_CELL: "2.5"})).toThrow("MIN_CELL=2.5: expected a whole number of patients, 1 or more");
  });

  it("refuses settings it cannot honour", () => {
    expect(() => publication({PUBLISH_ROWS: "yes"})).toThrow("PUBLISH_ROWS=yes: expected 1 (publish patient rows) or 0 (publish aggregates only)");
    expect(() => publication({COHORT_AGGREGATES: "agg", PUBLISH_ROWS: "1"})).toThrow("PUBLISH_ROWS=1 with COHORT_AGGREGATES=agg: a build from aggregates has no rows to publish");
  });
});
