// Lets a reader take a figure away: the SVG as drawn, a PNG rendering of it,
// and the table behind it as CSV.
import {csvFormat} from "d3";

function save(blob: Blob, filename: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** One SVG holding every chart part of a figure, stacked, with explicit colours so it stands alone. */
function standaloneSvg(parts: SVGSVGElement[], background: string, color: string): {svg: string; width: number; height: number} {
  const width = Math.max(...parts.map((p) => p.width.baseVal.value || p.getBoundingClientRect().width));
  let y = 0;
  const body = parts
    .map((part) => {
      const height = part.height.baseVal.value || part.getBoundingClientRect().height;
      const clone = part.cloneNode(true) as SVGSVGElement;
      clone.setAttribute("y", String(y));
      y += height;
      return new XMLSerializer().serializeToString(clone);
    })
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" style="color:${color};font:10px system-ui,sans-serif"><rect width="100%" height="100%" fill="${background}"/>${body}</svg>`;
  return {svg, width, height: y};
}

function pngFromSvg(svg: string, width: number, height: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const scale = 2;
      const canvas = document.createElement("canvas");
      canvas.width = width * scale;
      canvas.height = height * scale;
      const context = canvas.getContext("2d")!;
      context.scale(scale, scale);
      context.drawImage(image, 0, 0);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png");
    };
    image.onerror = () => reject(new Error("SVG could not be rasterised"));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

export interface DownloadOptions {
  filename: string;
  svgParts: () => SVGSVGElement[];
  rows: () => Record<string, unknown>[];
}

export function downloadButtons({filename, svgParts, rows}: DownloadOptions): HTMLElement {
  const bar = document.createElement("div");
  bar.className = "download-buttons";
  bar.setAttribute("role", "group");
  bar.setAttribute("aria-label", "Downloads");
  const button = (label: string, action: () => void | Promise<void>) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.addEventListener("click", () => void action());
    bar.append(b);
  };
  const figureSvg = () => {
    const style = getComputedStyle(bar);
    return standaloneSvg(svgParts(), style.getPropertyValue("--theme-background").trim() || "white", style.color);
  };
  button("SVG", () => save(new Blob([figureSvg().svg], {type: "image/svg+xml"}), `${filename}.svg`));
  button("PNG", async () => {
    const {svg, width, height} = figureSvg();
    save(await pngFromSvg(svg, width, height), `${filename}.png`);
  });
  button("CSV", () => save(new Blob([csvFormat(rows())], {type: "text/csv"}), `${filename}.csv`));
  return bar;
}
