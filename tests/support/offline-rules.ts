// The site must build and run with no network: Framework resolves implicit
// globals, `npm:` imports and some FileAttachment methods from a CDN. These
// checks find such uses in page sources and foreign origins in the built site.
import {readdirSync, readFileSync, statSync} from "node:fs";
import {join, relative} from "node:path";

export interface Violation {
  file: string;
  line: number;
  rule: string;
  text: string;
}

// Framework turns each of these free identifiers into a CDN import.
const IMPLICIT_GLOBALS = [
  "Plot", "d3", "Inputs", "html", "svg", "htl", "aq", "Arrow", "sql", "DuckDBClient", "duckdb", "_", "L",
  "tex", "dot", "mermaid", "vl", "vg", "topojson", "echarts", "SQLite", "SQLiteDatabaseClient", "mapboxgl"
];
const ALLOWED_ATTACHMENT_METHODS = new Set(["json", "text", "arrayBuffer", "url", "href", "name", "mimeType", "lastModified", "size"]);
const CDN_FENCES = ["sql", "tex", "dot", "mermaid"];

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split("\n").length;
}

// Blank out comments and string contents (keeping quotes and line breaks) so
// identifiers inside them are not mistaken for code.
function codeOnly(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g, (m) =>
    /^["']/.test(m) ? m[0] + " ".repeat(m.length - 2) + m[0] : m.replace(/[^\n]/g, " ")
  );
}

/** JavaScript code of a Markdown page: fenced js blocks and inline ${…} expressions, blanked elsewhere so line numbers hold. */
export function pageCode(markdown: string): string {
  const keep = new Array<boolean>(markdown.length).fill(false);
  for (const m of markdown.matchAll(/^```(?:js|javascript|ts|typescript)\b[^\n]*\n([\s\S]*?)^```/gm)) {
    const start = m.index! + m[0].indexOf("\n") + 1;
    for (let i = start; i < start + m[1].length; ++i) keep[i] = true;
  }
  for (const m of markdown.matchAll(/\$\{([^}]*)\}/g)) {
    for (let i = m.index! + 2; i < m.index! + 2 + m[1].length; ++i) keep[i] = true;
  }
  return [...markdown].map((c, i) => (keep[i] || c === "\n" ? c : " ")).join("");
}

function importedNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/import\s+([^;]*?)\s+from\s+["'][^"']*["']/g)) {
    for (const name of m[1].match(/[A-Za-z_$][\w$]*/g) ?? []) names.add(name);
  }
  for (const m of code.matchAll(/\b(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
  return names;
}

/** Rules for one source file of the site (a page, component or lib module). */
export function scanSource(file: string, source: string): Violation[] {
  const violations: Violation[] = [];
  const isPage = file.endsWith(".md");
  const isLoader = /(^|\/)data\//.test(file) && /\.(json|csv|txt)\.(ts|js)$/.test(file);
  const add = (index: number, rule: string, text: string) => violations.push({file, line: lineOf(source, index), rule, text});

  for (const m of source.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)["'](npm:|jsr:)([^"']*)["']/g)) {
    add(m.index!, "cdn-import", `${m[1]}${m[2]}`);
  }
  if (!isLoader) {
    // The pages' Content-Security-Policy has no 'unsafe-eval'. Arquero compiles
    // every expression with the Function constructor, and d3-dsv's csvParse
    // and autoType build a row function the same way.
    for (const m of source.matchAll(/(?:from\s*|import\s*\(\s*)["'](arquero[^"']*)["']/g)) {
      add(m.index!, "needs-eval", `"${m[1]}" compiles expressions with the Function constructor; use d3-array in the browser, or Arquero in a data loader`);
    }
    for (const m of codeOnly(source).matchAll(/\b(autoType|csvParse|tsvParse|new Function|eval)\b(?=\s*[(,)])|\bdsvFormat\s*\([^)]*\)\s*\.\s*parse\b/g)) {
      add(m.index!, "needs-eval", `${m[1] ?? "dsvFormat(…).parse"} compiles code at run time; read cohort tables with parse-cohort-csv.js (csvParseRows)`);
    }
  }
  if (isPage) {
    for (const fence of CDN_FENCES) {
      for (const m of source.matchAll(new RegExp("^```" + fence + "\\b", "gm"))) add(m.index!, "cdn-fence", `\`\`\`${fence} block`);
    }
    const code = codeOnly(pageCode(source));
    const declared = importedNames(code);
    for (const name of IMPLICIT_GLOBALS) {
      if (declared.has(name)) continue;
      const pattern = new RegExp(`(?<![\\w$.])${name.replace("$", "\\$")}(?![\\w$])`, "g");
      const m = pattern.exec(code);
      if (m) add(m.index, "implicit-global", `${name} is used without an import`);
    }
  }
  for (const m of codeOnly(source).matchAll(/FileAttachment\s*\([^)]*\)\s*\.\s*([A-Za-z]+)/g)) {
    if (!ALLOWED_ATTACHMENT_METHODS.has(m[1])) add(m.index!, "attachment-method", `FileAttachment(…).${m[1]}() needs a CDN; use .json(), .text(), .arrayBuffer() or .url()`);
  }
  return violations;
}

function walk(dir: string, skip: (path: string) => boolean): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (skip(path)) continue;
    if (statSync(path).isDirectory()) files.push(...walk(path, skip));
    else files.push(path);
  }
  return files;
}

/** Scans every page, component, lib module and loader under `srcDir`. */
export function scanSourceTree(srcDir: string): Violation[] {
  // Declaration files (.d.ts) only describe types and never reach the browser.
  const files = walk(srcDir, (p) => p.includes(".observablehq")).filter((f) => /\.(md|js|ts|mjs)$/.test(f) && !f.endsWith(".d.ts"));
  return files.flatMap((f) => scanSource(relative(srcDir, f), readFileSync(f, "utf8")));
}

// Places a built page can make the browser fetch something: tag attributes,
// module specifiers and CSS url()/@import. Navigation links (<a href>) are not loads.
const LOAD_PATTERNS: RegExp[] = [
  /<(?!a\b)[a-z]+\b[^>]*?\s(?:src|href|srcset|data|poster|action)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi,
  /\b(?:from|import)\s*\(?\s*["']((?:https?:)?\/\/[^"']+)["']/g,
  /\burl\(\s*["']?((?:https?:)?\/\/[^"')]+)/gi,
  /@import\s+["']((?:https?:)?\/\/[^"']+)["']/gi,
  /\bfetch\(\s*["']((?:https?:)?\/\/[^"']+)["']/g
];

/** Rules for the text of one built file. */
export function scanBuiltFile(file: string, text: string): Violation[] {
  const violations: Violation[] = [];
  for (const pattern of LOAD_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      violations.push({file, line: lineOf(text, m.index!), rule: "foreign-origin", text: m[1]});
    }
  }
  return violations;
}

/** Scans a built site: no `_npm` directory (CDN fallbacks) and no loads from another origin. */
export function scanDistTree(distDir: string): Violation[] {
  const files = walk(distDir, () => false);
  const violations: Violation[] = [];
  for (const f of files) {
    const rel = relative(distDir, f);
    if (rel.split("/")[0] === "_npm") {
      violations.push({file: rel, line: 0, rule: "npm-directory", text: "dist/_npm holds CDN fallbacks"});
      continue;
    }
    if (/\.(html|js|css|json|svg)$/.test(f)) violations.push(...scanBuiltFile(rel, readFileSync(f, "utf8")));
  }
  return violations;
}

export function formatViolations(violations: Violation[]): string {
  return violations.map((v) => `${v.file}:${v.line} [${v.rule}] ${v.text}`).join("\n");
}
