// A figure as one standalone SVG file for a slide or a paper: the title, a legend, then the chart's SVG parts stacked, in light colours
// whatever the page's theme. Plot draws its legend as HTML, so the legend is
// drawn again here as SVG.
import type {EmbeddedFont} from "./embedded-font.js";
import {wrapText} from "./wrap-text.js";

export interface FigureSvgOptions {
  title?: string;
  /** A line under the figure: the conventions it was drawn with. */
  note?: string;
  legend?: readonly {label: string; color: string}[];
  parts: readonly SVGSVGElement[];
  /** The page's face, written into the file (embedded-font.ts); without it the text falls back to the reader's system fonts. */
  font?: EmbeddedFont | null;
}

export interface StandaloneSvg {
  svg: string;
  width: number;
  height: number;
}

const FOREGROUND = "#1b1e23";
const BACKGROUND = "#ffffff";
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const PAD = 12;
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const size = (svg: SVGSVGElement, key: "width" | "height") => svg[key].baseVal.value || svg.getBoundingClientRect()[key];

/** The serialized part, without the hover tip, which shows one pointer position rather than the figure. */
function serializePart(part: SVGSVGElement, y: number): string {
  const clone = part.cloneNode(true) as SVGSVGElement;
  clone.querySelectorAll("[aria-label=tip]").forEach((tip) => tip.remove());
  clone.setAttribute("x", "0");
  clone.setAttribute("y", String(y));
  clone.style.removeProperty("max-width");
  return new XMLSerializer().serializeToString(clone);
}

export function figureSvg({title, note, legend = [], parts, font = null}: FigureSvgOptions): StandaloneSvg {
  const width = Math.max(...parts.map((p) => size(p, "width")));
  const text = (x: number, y: number, s: string, attrs: string) => `<text x="${x}" y="${y}" ${attrs}>${escape(s)}</text>`;
  const body: string[] = [];
  let y = PAD;
  // Text is wrapped and spaced as measured in the page's face, the one the file carries.
  for (const line of title ? wrapText([title], width - 2 * PAD, {fontSize: 16, fontWeight: "bold"}).lines : []) {
    y += 18;
    body.push(text(PAD, y, line, `font-size="16" font-weight="700"`));
  }
  if (legend.length) {
    y += 8;
    let x = PAD;
    for (const {label, color} of legend) {
      const itemWidth = 20 + wrapText([label], Infinity, {fontSize: 12}).width + 16;
      if (x > PAD && x + itemWidth > width - PAD) {
        x = PAD;
        y += 18;
      }
      body.push(`<rect x="${x}" y="${y + 2}" width="14" height="14" fill="${escape(color)}"/>`, text(x + 20, y + 13, label, `font-size="12"`));
      x += itemWidth;
    }
    y += 18;
  }
  y += 4;
  for (const part of parts) {
    body.push(serializePart(part, y));
    y += size(part, "height");
  }
  for (const line of note ? wrapText([note], width - 2 * PAD, {fontSize: 11}).lines : []) {
    y += 14;
    body.push(text(PAD, y, line, `font-size="11"`));
  }
  const height = Math.ceil(y + PAD);
  const family = font ? `${font.family}, ${FONT}` : FONT;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escape(family)}" fill="${FOREGROUND}" style="color:${FOREGROUND};background:${BACKGROUND};--plot-background:${BACKGROUND};--sans-serif:${escape(family)}">` +
    (font ? `<style><![CDATA[${font.faces}]]></style>` : "") +
    `<rect width="100%" height="100%" fill="${BACKGROUND}"/>${body.join("")}</svg>`;
  return {svg, width, height};
}
