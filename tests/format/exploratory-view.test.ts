import {describe, expect, it} from "vitest";
import {formatExploratoryView} from "../../src/lib/format/exploratory-view.js";

describe("formatExploratoryView", () => {
  it("says the view is outside the page's adjusted family and its P is nominal", () => {
    expect(formatExploratoryView({views: 162}, "primary tumour")).toBe(
      "Grouping by primary tumour is exploratory: it is not among the 162 views whose P values this page adjusts together (Benjamini–Hochberg), so any P here is nominal, unadjusted for the many groupings a reader can try."
    );
  });
});
