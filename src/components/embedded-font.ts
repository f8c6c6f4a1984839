// The page's own face, written into an exported figure. An SVG drawn as an
// image (the PNG download) loads nothing from the page, and an SVG file opened
// elsewhere finds only that machine's fonts: with DejaVu Sans, whose glyphs are
// wider, the risk table's "Censored" ran off the left edge and "At risk" into
// its first number. With the face inside, the file lays out as the page did.

export interface EmbeddedFont {
  /** The CSS font-family the figure's text is set in: the embedded face first. */
  family: string;
  /** Its @font-face rules, each with its file inlined as a data: URL. */
  faces: string;
}

interface FaceRule {
  family: string;
  src: string;
  weight: string;
  ranges: [number, number][];
}

// The files already read, by address: a figure exported twice reads each once.
const inlined = new Map<string, Promise<string>>();

const unquote = (name: string) => name.trim().replace(/^["']|["']$/g, "");

/** The code point ranges of a unicode-range descriptor; everything when there is none. */
function codePointRanges(descriptor: string): [number, number][] {
  if (!descriptor.trim()) return [[0, 0x10ffff]];
  return descriptor.split(",").map((range) => {
    const [, start, end] = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(range.trim()) ?? [, "0", "0"];
    return [parseInt(start!.replace(/\?/g, "0"), 16), parseInt((end ?? start!).replace(/\?/g, "f"), 16)];
  });
}

/** The document's upright @font-face rules, with their file addresses resolved against their stylesheet. */
function uprightFaces(): FaceRule[] {
  const faces: FaceRule[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      // Another origin's stylesheet keeps its rules to itself; the site's faces are in its own.
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule) || (rule.style.getPropertyValue("font-style") || "normal") !== "normal") continue;
      const url = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(rule.style.getPropertyValue("src"));
      if (!url) continue;
      faces.push({
        family: unquote(rule.style.getPropertyValue("font-family")),
        src: new URL(url[1], sheet.href ?? document.baseURI).href,
        weight: rule.style.getPropertyValue("font-weight") || "normal",
        ranges: codePointRanges(rule.style.getPropertyValue("unicode-range"))
      });
    }
  }
  return faces;
}

function dataUrl(src: string): Promise<string> {
  let url = inlined.get(src);
  if (!url) {
    url = fetch(src)
      .then((response) => {
        if (!response.ok) throw new Error(`The figure's font ${src} could not be read (HTTP ${response.status}).`);
        return response.arrayBuffer();
      })
      .then(
        (bytes) =>
          new Promise<string>((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(reader.result as string);
            reader.onerror = () => reject(reader.error);
            reader.readAsDataURL(new Blob([bytes], {type: "font/woff2"}));
          })
      );
    // A failed read is tried again next time rather than remembered.
    url.catch(() => inlined.delete(src));
    inlined.set(src, url);
  }
  return url;
}

/**
 * The first family of `fontFamily` (a CSS font-family list, such as the page's --sans-serif) that the page loads with
 * @font-face, with the upright faces whose unicode-range covers a character of `text` inlined; null when no family of
 * the list is one of the page's own faces.
 */
export async function embeddedFont(fontFamily: string, text: string): Promise<EmbeddedFont | null> {
  const faces = uprightFaces();
  const families = fontFamily.split(",").map(unquote);
  const family = families.find((name) => faces.some((face) => face.family === name));
  if (family === undefined) return null;
  const codePoints = new Set(Array.from(text, (c) => c.codePointAt(0)!));
  const needed = faces.filter((face) => face.family === family && [...codePoints].some((c) => face.ranges.some(([a, b]) => c >= a && c <= b)));
  const rules = await Promise.all(
    needed.map(async (face) => {
      const ranges = face.ranges.map(([a, b]) => `U+${a.toString(16)}${b === a ? "" : `-${b.toString(16)}`}`).join(",");
      return `@font-face{font-family:"${family}";font-style:normal;font-weight:${face.weight};src:url(${await dataUrl(face.src)}) format("woff2");unicode-range:${ranges}}`;
    })
  );
  return {family: `"${family}"`, faces: rules.join("")};
}
