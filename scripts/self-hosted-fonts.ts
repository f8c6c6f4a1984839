// The site's three faces, served from the site itself so text lays out the
// same on every machine whatever fonts it has installed, and no page asks a
// font host. The @font-face rules come from the @fontsource packages with their
// file URLs pointed at /_fonts/, where the build copies the files they name.
import {copyFileSync, mkdirSync, readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";

/** The package stylesheets (family, weights and styles) the site uses. */
const STYLESHEETS = [
  "@fontsource-variable/source-serif-4/wght.css",
  "@fontsource-variable/source-serif-4/wght-italic.css",
  "@fontsource-variable/source-sans-3/wght.css",
  "@fontsource-variable/source-sans-3/wght-italic.css",
  "@fontsource-variable/source-code-pro/wght.css"
];

export const FONT_DIR = "_fonts";
const URL = /url\(\.\/files\/([^)]+\.woff2)\)/g;
const require = createRequire(import.meta.url);

function stylesheets(): {css: string; filesDir: string}[] {
  return STYLESHEETS.map((specifier) => {
    const path = require.resolve(specifier);
    return {css: readFileSync(path, "utf8"), filesDir: join(dirname(path), "files")};
  });
}

/** Every @font-face rule, with its files under /_fonts/. */
export function fontFaceCss(): string {
  return stylesheets()
    .map(({css}) => css.replace(/\/\*[\s\S]*?\*\//g, "").replace(URL, (_, file: string) => `url(/${FONT_DIR}/${file})`))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** Copies the font files the rules name into `${siteDir}/_fonts/`; returns how many. */
export function copyFontFiles(siteDir: string): number {
  const target = join(siteDir, FONT_DIR);
  mkdirSync(target, {recursive: true});
  let count = 0;
  for (const {css, filesDir} of stylesheets()) {
    for (const [, file] of css.matchAll(URL)) {
      copyFileSync(join(filesDir, file), join(target, file));
      ++count;
    }
  }
  return count;
}
