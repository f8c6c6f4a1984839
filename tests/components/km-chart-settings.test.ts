// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {followsChartSettings, kmChartSettings} from "../../src/components/km-chart-settings.js";

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

/** A stand-in for a drawn Kaplan–Meier chart, stamped as km-chart.ts stamps one. */
function chart(): HTMLElement {
  const figure = document.createElement("figure");
  figure.className = "km-chart";
  figure.dataset.settings = kmChartSettings();
  return figure;
}

describe("followsChartSettings", () => {
  it("holds for a chart drawn under the address's settings, and not once they change or it lost its stamp", () => {
    history.replaceState(null, "", "/progression");
    const drawn = chart();
    expect(followsChartSettings(drawn)).toBe(true);
    history.replaceState(null, "", "/progression?yscale=cumhaz");
    expect(followsChartSettings(drawn)).toBe(false);
    const redrawn = chart();
    delete redrawn.dataset.settings;
    expect(followsChartSettings(redrawn)).toBe(false);
  });

  it("checks every chart inside a node, and holds for a node with no chart", () => {
    history.replaceState(null, "", "/progression");
    const box = document.createElement("div");
    box.append(chart(), chart());
    expect(followsChartSettings(box)).toBe(true);
    delete (box.lastElementChild as HTMLElement).dataset.settings;
    expect(followsChartSettings(box)).toBe(false);
    history.replaceState(null, "", "/progression?hide=bland");
    expect(followsChartSettings(document.createElement("svg"))).toBe(true);
  });
});
