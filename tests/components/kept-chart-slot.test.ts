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

// Where each slot is, as getBoundingClientRect reports it, and its IntersectionObserver, called by hand as the browser would.
const intersecting = new Map<Element, (entries: {isIntersecting: boolean}[]) => void>();
const margins: string[] = [];
class FakeIntersectionObserver {
  constructor(private callback: (entries: {isIntersecting: boolean}[]) => void, {rootMargin}: {rootMargin: string}) {
    margins.push(rootMargin);
  }
  observe(target: Element) {
    intersecting.set(target, this.callback);
  }
  disconnect() {}
}
/** Makes getBoundingClientRect report `slot` `top` pixels below the top of the viewport, `height` tall; its observer is not told. */
function boxAt(slot: Element, top: number, height = 600) {
  slot.getBoundingClientRect = () => ({top, bottom: top + height, left: 0, right: 640, width: 640, height, x: 0, y: top, toJSON: () => ({})});
}
/** Puts `slot` `top` pixels below the top of a 1000 px viewport, 600 px tall, and tells its observer whether it is near (within 500 px). */
function place(slot: Element, top: number) {
  boxAt(slot, top);
  intersecting.get(slot)?.([{isIntersecting: top + 600 >= -500 && top <= 1500}]);
}

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

  describe("far from the viewport", () => {
    beforeEach(() => {
      vi.stubGlobal("IntersectionObserver", FakeIntersectionObserver);
      vi.stubGlobal("innerHeight", 1000);
    });
    afterEach(() => {
      intersecting.clear();
      margins.length = 0;
    });

    /** A slot in the viewport, 640 px wide, showing view "a". */
    function slotShowingA() {
      const slot = keptChartSlot(4);
      place(slot.element, 0);
      measure(slot.element, 640);
      slot.show("a", recorder("a").render);
      return slot;
    }

    /** The boxes of the slot's charts: shown and seen, kept in place unseen (superseded), and set aside. */
    const boxes = (slot: Element) =>
      Array.from(slot.children, (box) => `${box.querySelector<HTMLElement>("figure")!.dataset.name}:${box.classList.contains("superseded") ? "superseded" : box.getAttribute("aria-hidden") === "true" ? "set aside" : "shown"}`);

    it("draws a chart asked for when the slot comes within half a viewport, keeping the last chart's place unseen until then", () => {
      const slot = slotShowingA();
      // 1,600 px below a 1,000 px viewport: more than half its height away.
      place(slot.element, 1600);
      const b = recorder("b");
      slot.show("b", b.render, {later: true});
      vi.runAllTimers();
      expect(b.widths).toEqual([]);
      expect(boxes(slot.element)).toEqual(["a:superseded"]);
      // Unseen and out of the accessibility tree (the stylesheet hides it), and set aside for anything that follows the settings.
      expect(isSetAside(slot.element.querySelector("figure")!)).toBe(true);
      place(slot.element, 1400);
      expect(b.widths).toEqual([]);
      vi.runAllTimers();
      expect(b.widths).toEqual([640]);
      expect(boxes(slot.element)).toEqual(["a:set aside", "b:shown"]);
      expect(margins).toEqual(["50% 0px"]);
    });

    it("draws on its observer's word that the slot is near, even where its place reads just past the margin", () => {
      const slot = slotShowingA();
      place(slot.element, 1600);
      const b = recorder("b");
      slot.show("b", b.render);
      expect(b.widths).toEqual([]);
      // The observer's margin and the slot's box can disagree by a pixel at the edge (a scrollbar, rounding).
      intersecting.get(slot.element)!([{isIntersecting: true}]);
      vi.runAllTimers();
      expect(b.widths).toEqual([640]);
    });

    it("keeps what is in view in place when a slot wholly above the viewport changes height: the page scrolls by as much", () => {
      const scrolled: number[] = [];
      vi.stubGlobal("scrollBy", (_x: number, y: number) => scrolled.push(y));
      // A render function moves the slot's bottom as a chart of another height would.
      const slot = slotShowingA();
      boxAt(slot.element, -1000);
      const shorter = (width: number) => {
        boxAt(slot.element, -1000, 470);
        return recorder("b").render(width);
      };
      slot.show("b", shorter);
      expect(scrolled).toEqual([-130]);
      // In view or below it, a slot's change is the reader's to see: no scroll.
      boxAt(slot.element, 100, 470);
      slot.show("c", (width) => (boxAt(slot.element, 100), recorder("c").render(width)));
      expect(scrolled).toEqual([-130]);
    });

    it("judges the slot where it is when the chart is asked for, not where the observer last saw it", () => {
      const slot = slotShowingA();
      // A change above the slot moved it out of reach; its observer has not reported yet.
      boxAt(slot.element, -1200);
      const b = recorder("b");
      slot.show("b", b.render);
      expect(b.widths).toEqual([]);
      expect(boxes(slot.element)).toEqual(["a:superseded"]);
    });

    it("shows a chart it keeps for the view asked for wherever the slot is, and the superseded chart itself again", () => {
      const slot = slotShowingA();
      slot.show("b", recorder("b").render);
      place(slot.element, -2000);
      const a = recorder("a again");
      slot.show("a", a.render);
      expect(a.widths).toEqual([]);
      expect(boxes(slot.element)).toEqual(["a:shown", "b:set aside"]);
      slot.show("c", recorder("c").render);
      expect(boxes(slot.element)).toEqual(["a:superseded", "b:set aside"]);
      slot.show("a", a.render);
      expect(boxes(slot.element)).toEqual(["a:shown", "b:set aside"]);
      expect(a.widths).toEqual([]);
    });

    it("draws the first chart of an empty slot at once, as an empty slot would take no room", () => {
      const slot = keptChartSlot(4);
      place(slot.element, 3000);
      measure(slot.element, 640);
      const a = recorder("a");
      slot.show("a", a.render);
      expect(a.widths).toEqual([640]);
    });

    it("draws the chart asked for before the page is printed", () => {
      const slot = slotShowingA();
      place(slot.element, 3000);
      const b = recorder("b");
      slot.show("b", b.render);
      expect(b.widths).toEqual([]);
      dispatchEvent(new Event("beforeprint"));
      expect(b.widths).toEqual([640]);
      expect(boxes(slot.element)).toEqual(["a:set aside", "b:shown"]);
    });

    it("draws at once where the browser has no IntersectionObserver to say when the slot comes near", () => {
      vi.stubGlobal("IntersectionObserver", undefined);
      const slot = slotShowingA();
      place(slot.element, 3000);
      const b = recorder("b");
      slot.show("b", b.render);
      expect(b.widths).toEqual([640]);
    });
  });
});
