import {createHash} from "node:crypto";
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {
  contentSecurityPolicy,
  inlineScripts,
  readContentSecurityPolicy,
  withContentSecurityPolicy,
  writeContentSecurityPolicy
} from "../../scripts/content-security-policy.js";

const CELLS = '\nimport {define} from "./_observablehq/client.js";\n\ndefine({id: "a", body: () => "é"});\n';
const PAGE = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<link rel="modulepreload" href="./_observablehq/client.js">
<script>document.documentElement.lang = "en";</script>
<script type="module">${CELLS}</script>
<script src="./external.js"></script>
</head>
<body><div id="observablehq-main"></div></body>
</html>
`;

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const scriptSrc = (policy: string) => policy.split("; ").find((directive) => directive.startsWith("script-src "))!;

describe("withContentSecurityPolicy", () => {
  it("allows each inline script by the hash of its exact text, and no external script but the site's", () => {
    const policy = readContentSecurityPolicy(withContentSecurityPolicy(PAGE))!;
    expect(scriptSrc(policy)).toBe(`script-src 'self' ${sha256('document.documentElement.lang = "en";')} ${sha256(CELLS)}`);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(scriptSrc(policy)).not.toMatch(/unsafe-inline/);
  });

  it("puts the policy after <meta charset> and before anything that loads or runs", () => {
    const page = withContentSecurityPolicy(PAGE);
    const meta = page.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(page.indexOf("<meta charset"));
    expect(meta).toBeLessThan(page.indexOf("<link"));
    expect(meta).toBeLessThan(page.indexOf("<script"));
  });

  it("changes nothing when run again", () => {
    const once = withContentSecurityPolicy(PAGE);
    expect(withContentSecurityPolicy(once)).toBe(once);
    expect(once.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
  });

  it("gives a page without inline scripts a policy that allows only the site's scripts", () => {
    const page = withContentSecurityPolicy("<html><head><title>t</title></head><body><script src=a.js></script></body></html>");
    expect(page.indexOf("Content-Security-Policy")).toBeLessThan(page.indexOf("<title>"));
    expect(readContentSecurityPolicy(page)).toBe(contentSecurityPolicy([]));
    expect(scriptSrc(contentSecurityPolicy([]))).toBe("script-src 'self'");
  });

  it("refuses a page with no <head> rather than leave it unprotected", () => {
    expect(() => withContentSecurityPolicy("<p>fragment</p>")).toThrow(/no <head>/);
  });
});

describe("inlineScripts", () => {
  it("returns inline texts only, attributes and case notwithstanding", () => {
    expect(inlineScripts('<SCRIPT type="module">a</SCRIPT><script src="x.js"></script><script>b</script >')).toEqual(["a", "b"]);
  });
});

it("readContentSecurityPolicy is null for a page without one", () => {
  expect(readContentSecurityPolicy(PAGE)).toBeNull();
});

describe("writeContentSecurityPolicy", () => {
  let dir: string;
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  it("writes the policy into every page of the site, nested ones too, and leaves other files alone", () => {
    dir = mkdtempSync(join(tmpdir(), "csp-"));
    mkdirSync(join(dir, "lib/stats"), {recursive: true});
    writeFileSync(join(dir, "index.html"), PAGE);
    writeFileSync(join(dir, "lib/stats/README.html"), PAGE);
    writeFileSync(join(dir, "app.js"), "<head></head>");
    expect(writeContentSecurityPolicy(dir)).toEqual({pages: 2});
    for (const page of ["index.html", "lib/stats/README.html"]) {
      expect(readFileSync(join(dir, page), "utf8")).toBe(withContentSecurityPolicy(PAGE));
    }
    expect(readFileSync(join(dir, "app.js"), "utf8")).toBe("<head></head>");
  });
});
