// @vitest-environment jsdom
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {lastWidth} from "../../src/components/last-width.js";

// jsdom lays nothing out: each box's observer is called by hand with the size the browser would report.
const observed = new Map<Element, (entries: {contentRect: {width: number; height: number}}[]) => void>();
class FakeResizeObserver {
  constructor(private callback: (entries: {contentRect: {width: number; height: number}}[]) => void) {}
  observe(target: Element) {
    observed.set(target, this.callback);
  }
  disconnect() {}
}
const measure = (box: Element, width: number, height = 100) => observed.get(box)!([{contentRect: {width, height}}]);

/** A render function recording the widths it drew at. */
function recorder() {
  const widths: number[] = [];
  const render = (width: number) => {
    widths.push(width);
    const svg = document.createElement("figure");
    svg.dataset.width = String(width);
    return svg;
  };
  return {widths, render};
}

describe("lastWidth", () => {
  beforeEach(() => {
    vi.stubGlobal("ResizeObserver", FakeResizeObserver);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    observed.clear();
    document.body.replaceChildren();
  });

  it("draws a slot's first box when it is measured, and later boxes of the slot at once at that width", () => {
    const sized = lastWidth();
    const first = recorder();
    const box = sized("main", first.render);
    expect(box.children).toHaveLength(0);
    measure(box, 640);
    expect(first.widths).toEqual([640]);
    const second = recorder();
    const next = sized("main", second.render);
    expect((next.firstElementChild as HTMLElement).dataset.width).toBe("640");
    measure(next, 640);
    expect(second.widths).toEqual([640]);
  });

  it("draws again when the box measures another width, and keeps each slot's width apart", () => {
    const sized = lastWidth();
    measure(sized("main", recorder().render), 640);
    measure(sized("side", recorder().render), 300);
    const main = recorder();
    const box = sized("main", main.render);
    measure(box, 500);
    expect(main.widths).toEqual([640, 500]);
    const side = recorder();
    sized("side", side.render);
    expect(side.widths).toEqual([300]);
  });

  it("draws a later slot in a task after the current one, holding the slot's last height until then", () => {
    const sized = lastWidth();
    const first = sized("arm", recorder().render, {later: true});
    measure(first, 400);
    measure(first, 400, 260);
    const later = recorder();
    const box = sized("arm", later.render, {later: true});
    document.body.append(box);
    expect(later.widths).toEqual([]);
    expect(box.style.minHeight).toBe("260px");
    // The frame's own measure of the box at the same width does not draw it early.
    measure(box, 400);
    expect(later.widths).toEqual([]);
    vi.runAllTimers();
    expect(later.widths).toEqual([400]);
    expect(box.style.minHeight).toBe("");
  });

  it("draws a later slot measured at another width at once, and only once", () => {
    const sized = lastWidth();
    measure(sized("arm", recorder().render, {later: true}), 400);
    const later = recorder();
    const box = sized("arm", later.render, {later: true});
    document.body.append(box);
    measure(box, 350);
    vi.runAllTimers();
    expect(later.widths).toEqual([350]);
  });

  it("leaves a later box that is not on the page to draw when it is first measured", () => {
    const sized = lastWidth();
    measure(sized("arm", recorder().render, {later: true}), 400);
    const later = recorder();
    const box = sized("arm", later.render, {later: true});
    vi.runAllTimers();
    expect(later.widths).toEqual([]);
    measure(box, 0);
    expect(later.widths).toEqual([]);
    measure(box, 400);
    expect(later.widths).toEqual([400]);
  });
});
