// A chart's place on a page, kept across the page's changes, holding the
// charts of its recent views. Putting a drawn chart back into the page costs
// a full style and layout of its hundreds of nodes, as much as its first
// draw took (about 3 ms for a Kaplan–Meier chart with its risk table, on a
// 2-core machine), so a filter switched back and forth would lay out every
// chart again. A slot instead keeps each chart it drew as a child: the one
// shown in the flow, the others set aside, out of the flow and under
// content-visibility: hidden, which keeps their layout; showing one again
// costs about a fifth of putting it back (1.1 against 5.3 ms, timed in the page). The page displays a slot's element
// once and calls show() on each change, so the chart on screen stays there
// until the next one is ready.
//
// Each chart is drawn at the slot's width, measured by a ResizeObserver, and
// drawn again when the width changes. A chart asked for `later` is drawn or
// shown in a task after the current one, the last view's chart staying until
// then, so the frame that shows a change's numbers does not also draw its
// charts. A kept Kaplan–Meier chart is shown only while it is what a fresh
// draw would show (followsChartSettings).
//
// A slot far from the viewport (more than half the viewport's height away)
// draws nothing new: its last chart keeps the slot's place, unseen and hidden
// from assistive technology (SUPERSEDED), and the chart asked for is drawn
// in a task of its own once the slot comes near, or before the page is
// printed. A change at the top of /progression on a 1280 × 900 screen thus
// draws one chart of four. A chart kept for the view asked for is shown
// wherever the slot is, since showing one costs little.
import {followsChartSettings} from "./km-chart-settings.js";
import {KEPT_CHART, SUPERSEDED} from "./set-aside.js";

export interface ShowOptions {
  /** Draw or show the chart in a task after the current one rather than at once. */
  later?: boolean;
}

export interface KeptChartSlot {
  /** The slot's place on the page, to display once. */
  readonly element: HTMLDivElement;
  /** Shows the chart of the view `key`: the one kept for it at the slot's width, else `render(width)`, kept for next time. */
  show(key: string, render: (width: number) => Element, options?: ShowOptions): void;
}

export interface KeptChartSlotOptions {
  /** About how tall its charts are, in pixels: the slot's height off screen until first laid out (style.css). */
  height?: number;
}

/** A slot keeping the charts of its last `limit` views, the one shown included. */
export function keptChartSlot(limit: number, {height}: KeptChartSlotOptions = {}): KeptChartSlot {
  if (!(limit >= 1)) throw new Error(`keptChartSlot: the limit must be 1 or more, got ${limit}`);
  const element = document.createElement("div");
  element.className = "chart-slot";
  if (height !== undefined) element.style.containIntrinsicSize = `auto ${height}px`;
  // Each chart's box by view and width, the least recently shown first.
  const kept = new Map<string, HTMLDivElement>();
  let width: number | undefined;
  let request: {key: string; render: (width: number) => Element} | undefined;
  let shown: HTMLDivElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Without an IntersectionObserver to say when a slot comes near, every chart is drawn at once.
  const canWait = typeof IntersectionObserver !== "undefined";

  /** Whether a slot with this box is within half the viewport's height of the viewport. */
  const near = ({top, bottom}: DOMRect) => bottom >= -innerHeight / 2 && top <= 1.5 * innerHeight;

  /** Shows the chart asked for last, drawing it if none is kept for it, unless the slot is far from the viewport and `anywhere` is false. */
  const apply = (anywhere = false) => {
    clearTimeout(timer);
    timer = undefined;
    if (request === undefined || width === undefined) return;
    const id = `${request.key}|${width}`;
    let box = kept.get(id);
    if (box && !followsChartSettings(box)) {
      box.remove();
      kept.delete(id);
      box = undefined;
    }
    // Read when a chart is asked for rather than kept from the observer's last report, which comes a frame late: a
    // change that moves the slot (a longer table above it) is judged where the change has put it. Its bottom keeps
    // what is in view in place below, if the slot is wholly above the viewport.
    const before = element.getBoundingClientRect();
    // A slot showing nothing yet draws at once: an empty slot would take no room until drawn.
    if (!box && shown && canWait && !anywhere && !near(before)) {
      shown.setAttribute("aria-hidden", "true");
      shown.classList.add(SUPERSEDED);
      return;
    }
    kept.delete(id);
    shown?.classList.remove(SUPERSEDED);
    if (!box) {
      box = document.createElement("div");
      box.className = KEPT_CHART;
      box.append(request.render(width));
      element.append(box);
    }
    kept.set(id, box);
    if (box !== shown) {
      shown?.setAttribute("aria-hidden", "true");
      shown = box;
    }
    box.removeAttribute("aria-hidden");
    // A slot above the viewport that grows or shrinks would move everything in view, as when a reader scrolling up
    // brings it near: the page scrolls by as much. Scroll anchoring does this for other changes above the viewport,
    // but Chromium (156) left a change inside a slot uncompensated.
    if (before.bottom <= 0) {
      const moved = element.getBoundingClientRect().bottom - before.bottom;
      if (moved) scrollBy(0, moved);
    }
    for (const [key, old] of kept) {
      if (kept.size <= limit) break;
      if (old === shown) continue;
      old.remove();
      kept.delete(key);
    }
  };

  const drawLater = () => {
    if (timer === undefined) timer = setTimeout(apply);
  };

  if (canWait) {
    new IntersectionObserver(
      ([entry]) => {
        if (!entry.isIntersecting || !shown?.classList.contains(SUPERSEDED)) return;
        // Drawn on the observer's word, not judged again: a slot it reports near is never left waiting at the margin's edge.
        clearTimeout(timer);
        timer = setTimeout(apply, 0, true);
      },
      {rootMargin: "50% 0px"}
    ).observe(element);
  }
  addEventListener("beforeprint", () => apply(true));

  new ResizeObserver(([entry]) => {
    const measured = entry.contentRect.width;
    // A slot off the page or hidden measures 0 wide.
    if (measured <= 0 || measured === width) return;
    width = measured;
    apply();
  }).observe(element);

  return {
    element,
    show(key, render, {later = false} = {}) {
      request = {key, render};
      if (!later) apply();
      else drawLater();
    }
  };
}
