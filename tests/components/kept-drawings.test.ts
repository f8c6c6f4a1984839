// @vitest-environment jsdom
import {beforeEach, describe, expect, it} from "vitest";
import {keptDrawings} from "../../src/components/kept-drawings.js";
import {kmChartSettings} from "../../src/components/km-chart-settings.js";

/** A stand-in for a drawn Kaplan–Meier chart, stamped as km-chart.ts stamps one. */
function chart(name: string): HTMLElement {
  const figure = document.createElement("figure");
  figure.className = "km-chart";
  figure.dataset.name = name;
  figure.dataset.settings = kmChartSettings();
  return figure;
}

describe("keptDrawings", () => {
  beforeEach(() => history.replaceState(null, "", "/progression"));

  it("draws a key once and puts the same node back for it, each key its own", () => {
    const drawings = keptDrawings<HTMLElement>(4);
    let draws = 0;
    const draw = (name: string) => () => (++draws, chart(name));
    const a = drawings("a", draw("a"));
    const b = drawings("b", draw("b"));
    expect(drawings("a", draw("a again"))).toBe(a);
    expect(drawings("b", draw("b again"))).toBe(b);
    expect(a.dataset.name).toBe("a");
    expect(b.dataset.name).toBe("b");
    expect(draws).toBe(2);
  });

  it("draws again a chart drawn under other chart settings in the address", () => {
    const drawings = keptDrawings<HTMLElement>(4);
    const first = drawings("a", () => chart("survival"));
    history.replaceState(null, "", "/progression?yscale=cumhaz");
    const second = drawings("a", () => chart("cumhaz"));
    expect(second).not.toBe(first);
    expect(second.dataset.name).toBe("cumhaz");
    expect(drawings("a", () => chart("third"))).toBe(second);
  });

  it("draws again a chart that lost its stamp (it missed a settings change), even under the same settings", () => {
    const drawings = keptDrawings<HTMLElement>(4);
    const first = drawings("a", () => chart("first"));
    delete first.dataset.settings;
    expect(drawings("a", () => chart("second")).dataset.name).toBe("second");
  });

  it("checks every chart inside a kept node, and keeps nodes without charts as they are", () => {
    const drawings = keptDrawings<HTMLElement>(4);
    const card = drawings("card", () => {
      const div = document.createElement("div");
      div.append(chart("inner"));
      return div;
    });
    const plain = drawings("plain", () => document.createElement("svg"));
    expect(drawings("card", () => document.createElement("div"))).toBe(card);
    expect(drawings("plain", () => document.createElement("svg"))).toBe(plain);
    history.replaceState(null, "", "/progression?hide=bland");
    expect(drawings("card", () => document.createElement("div"))).not.toBe(card);
    expect(drawings("plain", () => document.createElement("svg"))).toBe(plain);
  });

  it("keeps at most its limit, dropping the node least recently put back", () => {
    const drawings = keptDrawings<HTMLElement>(2);
    const a = drawings("a", () => chart("a"));
    drawings("b", () => chart("b"));
    expect(drawings("a", () => chart("a2"))).toBe(a);
    const c = drawings("c", () => chart("c"));
    expect(drawings("b", () => chart("b2")).dataset.name).toBe("b2");
    expect(drawings("c", () => chart("c2"))).toBe(c);
  });
});
