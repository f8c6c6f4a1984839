// Lets a reader take a figure away: the whole figure as SVG, a PNG rendering
// of it at twice the drawn size or more, and the tables behind it as CSV.
import {csvFormat} from "d3";
import type {StandaloneSvg} from "./figure-svg.js";

function save(blob: Blob, filename: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** At least 2× for slides and print, more on a denser screen. */
const PNG_SCALE = () => Math.max(2, Math.ceil(globalThis.devicePixelRatio ?? 1));

function pngFromSvg({svg, width, height}: StandaloneSvg): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const scale = PNG_SCALE();
      const canvas = document.createElement("canvas");
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext("2d")!;
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png");
    };
    image.onerror = () => reject(new Error("SVG could not be rasterised"));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

/** A table offered as CSV: its rows, or its text made elsewhere (a worker holding rows the page never receives). */
export type CsvDownload = {
  /** The button's text, e.g. "Curve CSV". */
  label: string;
  /** Appended to the figure's file name: `${filename}-${suffix}.csv`. */
  suffix: string;
} & ({rows: () => readonly object[]} | {text: () => Promise<string>});

export interface DownloadOptions {
  filename: string;
  /** The figure as a file; a promise when it waits for what it embeds (its face). */
  figure: () => StandaloneSvg | Promise<StandaloneSvg>;
  tables: readonly CsvDownload[];
}

export function downloadButtons({filename, figure, tables}: DownloadOptions): HTMLElement {
  const bar = document.createElement("div");
  bar.className = "download-buttons";
  bar.setAttribute("role", "group");
  bar.setAttribute("aria-label", "Downloads");
  // Says why a download made asynchronously failed, beside the buttons.
  const failure = document.createElement("span");
  failure.className = "download-failure";
  failure.setAttribute("role", "status");
  const button = (label: string, action: () => void | Promise<void>) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.addEventListener("click", async () => {
      failure.textContent = "";
      try {
        await action();
      } catch (error) {
        failure.textContent = (error as Error).message;
      }
    });
    bar.append(b);
  };
  button("SVG", async () => save(new Blob([(await figure()).svg], {type: "image/svg+xml"}), `${filename}.svg`));
  button("PNG", async () => save(await pngFromSvg(await figure()), `${filename}.png`));
  for (const table of tables) {
    button(table.label, async () => save(new Blob(["text" in table ? await table.text() : csvFormat(table.rows().slice())], {type: "text/csv"}), `${filename}-${table.suffix}.csv`));
  }
  bar.append(failure);
  return bar;
}
