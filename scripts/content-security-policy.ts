// Gives every built page a Content-Security-Policy that allows scripts only
// from the site itself and, for the inline ones Framework writes (the page's
// cells, the config's `head` script), only their exact text, by sha256 hash.
// Injected markup can then run no script, and nothing may compile code from
// strings (no 'unsafe-eval'). Styles stay 'unsafe-inline' because Plot and
// Inputs set inline styles, and a style cannot run code.
// The policy lives in a <meta> so the site carries it to any static host;
// scripts/serve-dist.ts reads it back to send it as a header as well.
import {createHash} from "node:crypto";
import {readdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">\n?/;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The policy for a page whose inline scripts have these exact texts. */
export function contentSecurityPolicy(inlineScripts: string[]): string {
  const hashes = [...new Set(inlineScripts.map((text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`))];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes].join(" "),
    "style-src 'self' 'unsafe-inline'",
    // The config's icon is a data: URL; Plot and Inputs may draw into data: and blob: images.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'"
  ].join("; ");
}

/** The text of every inline <script> in the page, exactly as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(SCRIPT)].filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes)).map(([, , text]) => text);
}

/** The page with its policy meta, replacing any earlier one so a second run changes nothing. */
export function withContentSecurityPolicy(html: string): string {
  const page = html.replace(META, "");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScripts(page))}">\n`;
  // The policy governs only what the parser meets after it, so it goes before
  // anything that loads or runs: right after <meta charset>, or at the top of <head>.
  const charset = /<meta charset[^>]*>\n?/i.exec(page);
  const head = /<head\b[^>]*>\n?/i.exec(page);
  const anchor = charset ?? head;
  if (!anchor) throw new Error("page has no <head>: nowhere to put its Content-Security-Policy");
  const at = anchor.index + anchor[0].length;
  return page.slice(0, at) + meta + page.slice(at);
}

/** The policy a page's <meta> declares, or null if it has none. */
export function readContentSecurityPolicy(html: string): string | null {
  return META.exec(html)?.[1] ?? null;
}

/** Writes the policy into every .html file under dir (the built site). */
export function writeContentSecurityPolicy(dir: string): {pages: number} {
  const pages = readdirSync(dir, {recursive: true, encoding: "utf8"}).filter((file) => file.endsWith(".html"));
  for (const page of pages) {
    const file = join(dir, page);
    writeFileSync(file, withContentSecurityPolicy(readFileSync(file, "utf8")));
  }
  return {pages: pages.length};
}
