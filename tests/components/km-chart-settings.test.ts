// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {kmChartSettings} from "../../src/components/km-chart-settings.js";

describe("kmChartSettings", () => {
  it("differs for each setting kmChart reads from the address, and ignores the rest", () => {
    history.replaceState(null, "", "/progression?tumor=carcinoid");
    const plain = kmChartSettings();
    history.replaceState(null, "", "/progression?tumor=noncarcinoid&endpoint=tttf");
    expect(kmChartSettings()).toBe(plain);
    const seen = new Set([plain]);
    for (const query of ["yscale=cumhaz", "xunit=years", "xmax=24", "pooled=1", "hide=bland", "hide=bland,chemoembolization"]) {
      history.replaceState(null, "", `/progression?${query}`);
      seen.add(kmChartSettings());
    }
    expect(seen.size).toBe(7);
  });

  it("tells a value in one setting from the same value in another", () => {
    history.replaceState(null, "", "/progression?xmax=1");
    const xmax = kmChartSettings();
    history.replaceState(null, "", "/progression?pooled=1");
    expect(kmChartSettings()).not.toBe(xmax);
  });
});
