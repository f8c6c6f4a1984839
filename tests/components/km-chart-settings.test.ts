// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {BANDS_EVENT, SCALE_EVENT, TIME_EVENT, chartSettings, followsChartSettings, kmChartSettings, parseXmax, setChartSetting} from "../../src/components/km-chart-settings.js";

describe("kmChartSettings", () => {
  it("differs for each setting kmChart reads from the address, and ignores the rest", () => {
    history.replaceState(null, "", "/progression?tumor=carcinoid");
    const plain = kmChartSettings();
    history.replaceState(null, "", "/progression?tumor=noncarcinoid&endpoint=tttf");
    expect(kmChartSettings()).toBe(plain);
    const seen = new Set([plain]);
    for (const query of ["yscale=cumhaz", "bands=0", "xunit=years", "xmax=24", "csv_xmax=24", "pooled=1", "hide=bland", "hide=bland,chemoembolization"]) {
      history.replaceState(null, "", `/progression?${query}`);
      seen.add(kmChartSettings());
    }
    expect(seen.size).toBe(9);
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

describe("setChartSetting", () => {
  it("writes the setting to the address, drops it at its default, and keeps the other parameters", () => {
    history.replaceState(null, "", "/progression?tumor=carcinoid#curves");
    setChartSetting("xmax", "24");
    expect(location.search).toBe("?tumor=carcinoid&xmax=24");
    expect(location.hash).toBe("#curves");
    setChartSetting("xmax", "");
    setChartSetting("bands", "1");
    setChartSetting("yscale", "survival");
    expect(location.search).toBe("?tumor=carcinoid");
  });

  it("announces each setting with the event its charts follow, after the address holds it", () => {
    history.replaceState(null, "", "/progression");
    const heard: [string, string, string][] = [];
    const listeners = [SCALE_EVENT, BANDS_EVENT, TIME_EVENT].map((type) => {
      const listener = (event: Event) => heard.push([type, (event as CustomEvent<string>).detail, location.search]);
      document.addEventListener(type, listener);
      return [type, listener] as const;
    });
    setChartSetting("yscale", "cumhaz");
    setChartSetting("bands", "0");
    setChartSetting("xunit", "years");
    setChartSetting("xmax", "12");
    setChartSetting("pooled", "1");
    for (const [type, listener] of listeners) document.removeEventListener(type, listener);
    expect(heard).toEqual([
      [SCALE_EVENT, "cumhaz", "?yscale=cumhaz"],
      [BANDS_EVENT, "0", "?yscale=cumhaz&bands=0"],
      [TIME_EVENT, "years", "?yscale=cumhaz&bands=0&xunit=years"],
      [TIME_EVENT, "12", "?yscale=cumhaz&bands=0&xunit=years&xmax=12"],
      [TIME_EVENT, "1", "?yscale=cumhaz&bands=0&xunit=years&xmax=12&pooled=1"]
    ]);
  });
});

describe("parseXmax", () => {
  it("reads a positive number of months, and anything else as the whole follow-up", () => {
    expect(parseXmax("24")).toBe(24);
    expect(parseXmax(" 1.5 ")).toBe(1.5);
    for (const text of [null, "", "  ", "0", "-3", "abc", "Infinity"]) expect(parseXmax(text), String(text)).toBeNull();
  });
});

describe("chartSettings", () => {
  it("reads each setting from the address, and one absent or not understood at its default", () => {
    history.replaceState(null, "", "/progression");
    expect(chartSettings()).toEqual({yscale: "survival", bands: true, xunit: "months", xmax: null, fileXmax: null, pooled: false});
    history.replaceState(null, "", "/progression?yscale=cumhaz&bands=0&xunit=years&xmax=24&csv_xmax=500&pooled=1");
    expect(chartSettings()).toEqual({yscale: "cumhaz", bands: false, xunit: "years", xmax: 24, fileXmax: 500, pooled: true});
    history.replaceState(null, "", "/progression?yscale=log&bands=no&xunit=weeks&xmax=-2&csv_xmax=x&pooled=yes");
    expect(chartSettings()).toEqual({yscale: "survival", bands: true, xunit: "months", xmax: null, fileXmax: null, pooled: false});
  });
});
