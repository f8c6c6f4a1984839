import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {scanBuiltFile, scanDistTree, scanSource} from "../support/offline-rules.js";

const page = (code: string) => `# Page\n\n\`\`\`js\n${code}\n\`\`\`\n`;
const rules = (file: string, source: string) => scanSource(file, source).map((v) => v.rule);

describe("scanSource catches planted violations", () => {
  it("npm: and jsr: imports", () => {
    expect(rules("a.md", page(`import * as Plot from "npm:@observablehq/plot";`))).toContain("cdn-import");
    expect(rules("lib/a.ts", `import {x} from "jsr:@std/x";`)).toEqual(["cdn-import"]);
    expect(rules("a.md", page(`const m = await import("npm:d3");`))).toContain("cdn-import");
  });
  it("implicit globals in pages, and names them", () => {
    const found = scanSource("a.md", page(`display(Plot.plot({marks: []}));`));
    expect(found.map((v) => v.text)).toEqual(["Plot is used without an import"]);
    expect(found[0].line).toBe(4);
    expect(rules("a.md", "# T\n\nInline ${d3.format(\".1f\")(x)}\n")).toEqual(["implicit-global"]);
    expect(rules("a.md", page("display(html`<b>x</b>`);"))).toEqual(["implicit-global"]);
    expect(rules("a.md", page("const t = aq.from(rows);"))).toEqual(["implicit-global"]);
  });
  it("code that needs 'unsafe-eval' in browser code but not in loaders", () => {
    expect(rules("components/t.ts", `import aq from "arquero";`)).toEqual(["needs-eval"]);
    expect(rules("a.md", page(`import aq from "arquero/dist/arquero.js";`))).toEqual(["needs-eval"]);
    expect(rules("a.md", page(`import * as d3 from "d3";\nconst rows = d3.csvParse(text, d3.autoType);`))).toEqual(["needs-eval", "needs-eval"]);
    expect(rules("lib/a.ts", `import {dsvFormat} from "d3";\nconst rows = dsvFormat(";").parse(text);`)).toEqual(["needs-eval"]);
    expect(rules("lib/a.ts", `const f = new Function("x", "return x");`)).toEqual(["needs-eval"]);
    expect(rules("data/x.json.ts", `import * as aq from "arquero";\nconst rows = csvParse(text, autoType);`)).toEqual([]);
    expect(rules("lib/a.ts", `import {csvParseRows} from "d3";\nconst rows = csvParseRows(text); // not csvParse(text)`)).toEqual([]);
  });
  it("FileAttachment methods that need a CDN", () => {
    expect(rules("a.md", page(`const t = FileAttachment("data/x.csv").csv({typed: true});`))).toEqual(["attachment-method"]);
    expect(rules("a.md", page(`const t = FileAttachment("data/x.parquet").parquet();`))).toEqual(["attachment-method"]);
  });
  it("fenced blocks that load a CDN library", () => {
    expect(rules("a.md", "```sql\nSELECT 1\n```\n")).toEqual(["cdn-fence"]);
  });
  it("accepts explicit imports, property names and strings", () => {
    const ok = page([
      `import * as Plot from "@observablehq/plot";`,
      `import * as d3 from "d3";`,
      `import {html} from "htl";`,
      `const rows = FileAttachment("data/x.json").json();`,
      `const text = FileAttachment("data/x.csv").text();`,
      `// Plot and d3 in a comment, "Inputs" in a string, and x.Plot as a property`,
      `display(Plot.plot({marks: [Plot.dot(rows, {x: "d3"})]}), html\`<i>\${rows.length}</i>\`, d3.sum([1]), rows.Plot);`
    ].join("\n"));
    expect(scanSource("a.md", ok)).toEqual([]);
  });
});

describe("scanDistTree catches foreign origins and CDN fallbacks", () => {
  it("flags loads from other origins but not navigation links or namespaces", () => {
    expect(scanBuiltFile("a.html", `<link rel="stylesheet" href="https://fonts.googleapis.com/css2">`).map((v) => v.text)).toEqual(["https://fonts.googleapis.com/css2"]);
    expect(scanBuiltFile("a.html", `<script type="module" src="//cdn.jsdelivr.net/npm/d3"></script>`)).toHaveLength(1);
    expect(scanBuiltFile("a.js", `import {x} from "https://cdn.jsdelivr.net/npm/d3@7/+esm";`)).toHaveLength(1);
    expect(scanBuiltFile("a.js", `const m = import("https://esm.sh/x");`)).toHaveLength(1);
    expect(scanBuiltFile("a.css", `@import url("https://fonts.googleapis.com/x"); body{background:url(http://x.org/a.png)}`)).toHaveLength(2);
    expect(scanBuiltFile("a.html", `<a href="https://doi.org/10.1016/j.jvir.2007.04.026">paper</a>`)).toEqual([]);
    expect(scanBuiltFile("a.js", `const ns = "http://www.w3.org/2000/svg";`)).toEqual([]);
  });
  it("flags a dist/_npm directory", () => {
    const dist = mkdtempSync(join(tmpdir(), "dist-"));
    mkdirSync(join(dist, "_npm", "d3@7"), {recursive: true});
    writeFileSync(join(dist, "_npm", "d3@7", "index.js"), "export {}");
    writeFileSync(join(dist, "index.html"), `<script src="./_observablehq/client.js"></script>`);
    expect(scanDistTree(dist).map((v) => v.rule)).toEqual(["npm-directory"]);
  });
});
