// @vitest-environment jsdom
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {keptChartSlot} from "../../src/components/kept-chart-slot.js";
import {kmChartSettings} from "../../src/components/km-chart-settings.js";
import {isSetAside} from "../../src/components/set-aside.js";

// jsdom lays nothing out: each slot's observer is called by hand with the width the browser would report.
const observed = new Map<Element, (entries: {contentRect: {width: number}}[]) => void>();
class FakeResizeObserver {
  constructor(private callback: (entries: {contentRect: {width: number}}[]) => void) {}
  observe(target: Element) {
    observed.set(target, this.callback);
  }
  disconnect() {}
}
const measure = (slot: Element, width: number) => observed.get(slot)!([{contentRect: {width}}]);

/** A render function for view `name` recording the widths it drew at; its chart is stamped as km-chart.ts stamps one. */
function recorder(name: string) {
  const widths: number[] = [];
  const render = (width: number) => {
    widths.push(width);
    const figure = document.createElement("figure");
    figure.className = "km-chart";
    figure.dataset.name = name;
    figure.dataset.width = String(width);
    figure.dataset.settings = kmChartSettings();
    return figure;
  };
  return {widths, render};
}

/** The names of the charts in the slot: the one shown, and those set aside in the slot's order. */
function charts(slot: Element) {
  const figures = Array.from(slot.querySelectorAll<HTMLElement>("figure"));
  return {shown: figures.filter((f) => !isSetAside(f)).map((f) => f.dataset.name), setAside: figures.filter(isSetAside).map((f) => f.dataset.name)};
}

describe("keptChartSlot", () => {
  beforeEach(() => {
    vi.stubGlobal("ResizeObserver", FakeResizeObserver);
    vi.useFakeTimers();
    history.replaceState(null, "", "/progression");
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    observed.clear();
  });

  it("draws the first chart when the slot is first measured, at its width", () => {
    const slot = keptChartSlot(4);
    const a = recorder("a");
    slot.show("a", a.render);
    expect(a.widths).toEqual([]);
    measure(slot.element, 0);
    expect(a.widths).toEqual([]);
    measure(slot.element, 640);
    expect(a.widths).toEqual([640]);
    expect(charts(slot.element)).toEqual({shown: ["a"], setAside: []});
  });

  it("sets the last view's chart aside and shows it again, switching A → B → A, without drawing it again", () => {
    const slot = keptChartSlot(4);
    measure(slot.element, 640);
    const [a, b] = [recorder("a"), recorder("b")];
    slot.show("a", a.render);
    const drawnA = slot.element.querySelector("figure");
    slot.show("b", b.render);
    expect(charts(slot.element)).toEqual({shown: ["b"], setAside: ["a"]});
    slot.show("a", recorder("a again").render);
    expect(charts(slot.element)).toEqual({shown: ["a"], setAside: ["b"]});
    expect(slot.element.querySelector("figure")).toBe(drawnA);
    slot.show("b", recorder("b again").render);
    expect(charts(slot.element)).toEqual({shown: ["b"], setAside: ["a"]});
    expect([a.widths, b.widths]).toEqual([[640], [640]]);
    // A chart set aside is marked hidden for assistive technology, its box taken out of the flow by the stylesheet.
    expect(slot.element.querySelectorAll("[aria-hidden=true]")).toHaveLength(1);
  });

  it("draws or shows a later chart in a task after the current one, the last view's chart shown until then", () => {
    const slot = keptChartSlot(4);
    measure(slot.element, 400);
    slot.show("a", recorder("a").render);
    const b = recorder("b");
    const c = recorder("c");
    slot.show("b", b.render, {later: true});
    slot.show("c", c.render, {later: true});
    expect(charts(slot.element)).toEqual({shown: ["a"], setAside: []});
    vi.runAllTimers();
    // Only the view asked for last is drawn.
    expect([b.widths, c.widths]).toEqual([[], [400]]);
    expect(charts(slot.element)).toEqual({shown: ["c"], setAside: ["a"]});
    slot.show("a", recorder("a again").render, {later: true});
    expect(charts(slot.element).shown).toEqual(["c"]);
    vi.runAllTimers();
    expect(charts(slot.element)).toEqual({shown: ["a"], setAside: ["c"]});
  });

  it("shows a chart asked for at once in place of one waiting for a later task", () => {
    const slot = keptChartSlot(4);
    measure(slot.element, 400);
    const b = recorder("b");
    slot.show("b", b.render, {later: true});
    slot.show("a", recorder("a").render);
    vi.runAllTimers();
    expect(b.widths).toEqual([]);
    expect(charts(slot.element)).toEqual({shown: ["a"], setAside: []});
  });

  it("draws the chart shown again when the slot measures another width, keeping each width's charts apart", () => {
    const slot = keptChartSlot(4);
    const a = recorder("a");
    slot.show("a", a.render);
    measure(slot.element, 640);
    measure(slot.element, 640);
    measure(slot.element, 500);
    expect(a.widths).toEqual([640, 500]);
    expect(charts(slot.element)).toEqual({shown: ["a"], setAside: ["a"]});
    measure(slot.element, 640);
    expect(a.widths).toEqual([640, 500]);
    expect(slot.element.querySelector<HTMLElement>("figure:not([aria-hidden=true] *)")!.dataset.width).toBe("640");
  });

  it("keeps at most its limit of charts, removing the least recently shown", () => {
    const slot = keptChartSlot(2);
    measure(slot.element, 640);
    slot.show("a", recorder("a").render);
    slot.show("b", recorder("b").render);
    slot.show("a", recorder("a again").render);
    slot.show("c", recorder("c").render);
    expect(charts(slot.element)).toEqual({shown: ["c"], setAside: ["a"]});
    const b = recorder("b");
    slot.show("b", b.render);
    expect(b.widths).toEqual([640]);
    expect(charts(slot.element)).toEqual({shown: ["b"], setAside: ["c"]});
    expect(() => keptChartSlot(0)).toThrow(/limit must be 1 or more, got 0/);
  });

  it("draws again a kept chart drawn under other chart settings, or one that missed a change, and drops the old one", () => {
    const slot = keptChartSlot(4);
    measure(slot.element, 640);
    slot.show("a", recorder("a").render);
    slot.show("b", recorder("b").render);
    history.replaceState(null, "", "/progression?yscale=cumhaz");
    const a = recorder("a cumhaz");
    slot.show("a", a.render);
    expect(a.widths).toEqual([640]);
    expect(charts(slot.element)).toEqual({shown: ["a cumhaz"], setAside: ["b"]});
    const setAside = slot.element.querySelector<HTMLElement>("[aria-hidden=true] figure")!;
    delete setAside.dataset.settings;
    const b = recorder("b again");
    slot.show("b", b.render);
    expect(charts(slot.element)).toEqual({shown: ["b again"], setAside: ["a cumhaz"]});
  });
});
