// @vitest-environment jsdom
import * as Plot from "@observablehq/plot";
import {describe, expect, it} from "vitest";
import {dropPlotStyle} from "../../src/components/drop-plot-style.js";

describe("dropPlotStyle", () => {
  it("removes the <style> Plot puts in a chart, and nothing else", () => {
    const chart = Plot.plot({width: 200, height: 100, marks: [Plot.dot([1, 2, 3], {x: (d) => d, y: (d) => d})]});
    expect(chart.querySelectorAll("style")).toHaveLength(1);
    const children = chart.children.length;
    expect(dropPlotStyle(chart)).toBe(chart);
    expect(chart.querySelectorAll("style")).toHaveLength(0);
    expect(chart.children.length).toBe(children - 1);
    expect(chart.querySelectorAll("g[aria-label=dot] circle")).toHaveLength(3);
  });
});
