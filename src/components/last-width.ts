// Charts drawn at the width their slot last had. Framework's resize() draws a
// chart only when a ResizeObserver first measures its new box, after the
// frame's layout, so every redraw of a card is laid out twice in one frame:
// once without its charts and again with them. A slot whose width is known
// draws at once, in the same pass as the rest of the card, and draws again
// only if its box turns out to be another width. A slot drawn `later` draws
// in a task of its own after that frame, holding its last height meanwhile,
// so the charts below the first do not lengthen the frame a change is drawn in.

export interface SlotOptions {
  /** Draw in a task after the current one rather than at once. */
  later?: boolean;
}

/** A function making a box for `slot` that holds `render(width)` at the slot's width, redrawn when the box's width changes; the first box of a slot draws once it is measured, as resize() does. */
export function lastWidth(): (slot: string, render: (width: number) => Element, options?: SlotOptions) => HTMLDivElement {
  const widths = new Map<string, number>();
  const heights = new Map<string, number>();
  return (slot, render, {later = false} = {}) => {
    const box = document.createElement("div");
    box.style.position = "relative";
    let drawnAt: number | undefined;
    // The width a draw in a later task is waiting to draw at.
    let waiting: number | undefined;
    const draw = (width: number) => {
      drawnAt = width;
      waiting = undefined;
      box.replaceChildren(render(width));
      box.style.minHeight = "";
    };
    const known = widths.get(slot);
    if (known !== undefined && !later) draw(known);
    else if (known !== undefined) {
      waiting = known;
      box.style.minHeight = `${heights.get(slot) ?? 0}px`;
      setTimeout(() => {
        if (waiting === undefined) return;
        // Not on the page yet: the box draws when it is first measured there.
        if (box.isConnected) draw(waiting);
        else waiting = undefined;
      });
    }
    const observer = new ResizeObserver(([entry]) => {
      const {width, height} = entry.contentRect;
      // A box off the page measures 0 wide.
      if (width <= 0) return;
      widths.set(slot, width);
      if (width === drawnAt) heights.set(slot, height);
      else if (width !== waiting) draw(width);
    });
    observer.observe(box);
    return box;
  };
}
