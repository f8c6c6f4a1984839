// Text set on a chart or a downloaded figure, wrapped between words and
// measured in the face it is drawn in (the page's, which the figure file
// carries), so its box is known before it is drawn: annotation-corner.ts places
// the test line clear of the curves, figure-svg.ts spaces its legend. A canvas
// measures without laying out the page.

let context: CanvasRenderingContext2D | null = null;
let pageSans: string | null = null;

/** The page's sans-serif stack (--sans-serif), read once: every chart sets its text in it. */
function sansSerif(): string {
  pageSans ??= getComputedStyle(document.documentElement).getPropertyValue("--sans-serif").trim() || "sans-serif";
  return pageSans;
}

/** `lines`, each wrapped between words to at most `maxWidth` pixels, in the page's sans-serif at `fontSize` and `fontWeight`, with the widest line's width. */
export function wrapText(lines: readonly string[], maxWidth: number, {fontSize, fontWeight = "normal"}: {fontSize: number; fontWeight?: string}): {lines: string[]; width: number} {
  context ??= document.createElement("canvas").getContext("2d")!;
  context.font = `${fontWeight} ${fontSize}px ${sansSerif()}`;
  const measure = (text: string) => context!.measureText(text).width;
  const wrapped: string[] = [];
  let width = 0;
  for (const line of lines) {
    let current = "";
    for (const word of line.split(" ")) {
      const longer = current ? `${current} ${word}` : word;
      if (current && measure(longer) > maxWidth) {
        wrapped.push(current);
        current = word;
      } else current = longer;
    }
    wrapped.push(current);
  }
  for (const line of wrapped) width = Math.max(width, measure(line));
  return {lines: wrapped, width};
}
