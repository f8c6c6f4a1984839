import {describe, expect, it} from "vitest";
import {chartColors, colorFor, GROUP_COLORS, OKABE_ITO} from "../../src/components/palette.js";

describe("chartColors", () => {
  it("keeps the fixed colours of the arms, tumour types and primary types, and the palette's order for other groups", () => {
    expect(chartColors(["chemoembolization", "bland"])).toEqual([GROUP_COLORS.chemoembolization, GROUP_COLORS.bland]);
    const primaries = ["carcinoid", "pancreatic_islet", "gastrinoma", "other_net", "uncharacterized"].map((t) => `primary:${t}`);
    expect(chartColors(primaries)).toEqual(primaries.map((g) => GROUP_COLORS[g]));
    expect(chartColors(["sex:F", "sex:M"])).toEqual([OKABE_ITO[0], OKABE_ITO[1]]);
    expect(chartColors(["chemoembolization", "bland", "all"])).toEqual(["chemoembolization", "bland", "all"].map((g, i) => colorFor(g, i)));
  });

  it("gives no two groups of a chart one colour while the palette lasts", () => {
    // Third, a group without a fixed colour whose index colour is carcinoid's green.
    const groups = ["carcinoid", "gastrinoma", "uncharacterized"];
    expect(colorFor("uncharacterized", 2)).toBe(GROUP_COLORS.carcinoid);
    const colors = chartColors(groups);
    expect(colors).toEqual([GROUP_COLORS.carcinoid, OKABE_ITO[1], OKABE_ITO[3]]);
    // The same fixed colour named twice: the second group moves on.
    expect(new Set(chartColors(["carcinoid", "primary:carcinoid"])).size).toBe(2);
    const eight = Array.from({length: 8}, (_, i) => `g${i}`);
    expect(new Set(chartColors(["bland", ...eight.slice(1)])).size).toBe(8);
  });
});
