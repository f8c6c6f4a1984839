import {spawnSync} from "node:child_process";
import {mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {pinFileTimes, sourceTime, withPinnedFileTimes} from "../../scripts/pinned-file-times.js";

// As Framework 1.13.4 writes an attached file into a page.
const page = (times: number[]) =>
  `<script type="module">\nimport {registerFile} from "./_observablehq/client.js";\n${times
    .map((t, i) => `registerFile("./data/f${i}.json", {"name":"./data/f${i}.json","mimeType":"application/json","path":"./_file/data/f${i}.0a1b2c3d.json","lastModified":${t},"size":234});`)
    .join("\n")}\n</script>`;

describe("withPinnedFileTimes", () => {
  it("sets every attached file's modification time, and nothing else", () => {
    expect(withPinnedFileTimes(page([1796594121336, 1796594147112.5]), 1700000000000)).toBe(page([1700000000000, 1700000000000]));
    expect(withPinnedFileTimes("<p>lastModified: 12</p>", 1)).toBe("<p>lastModified: 12</p>");
  });
});

describe("pinFileTimes", () => {
  it("rewrites each page of a built site that attaches files, in every directory, and leaves the others as they were", () => {
    const dir = mkdtempSync(join(tmpdir(), "pinned-"));
    try {
      mkdirSync(join(dir, "nested"));
      writeFileSync(join(dir, "index.html"), page([1796594121336]));
      writeFileSync(join(dir, "nested", "page.html"), page([5, 6]));
      writeFileSync(join(dir, "plain.html"), "<p>no files</p>");
      writeFileSync(join(dir, "data.json"), `{"lastModified":5}`);
      expect(pinFileTimes(dir, 1000)).toEqual({pages: 2});
      expect(readFileSync(join(dir, "index.html"), "utf8")).toBe(page([1000]));
      expect(readFileSync(join(dir, "nested", "page.html"), "utf8")).toBe(page([1000, 1000]));
      expect(readFileSync(join(dir, "data.json"), "utf8")).toBe(`{"lastModified":5}`);
      expect(pinFileTimes(dir, 1000)).toEqual({pages: 0});
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe("sourceTime", () => {
  it("is SOURCE_DATE_EPOCH in milliseconds when set, else HEAD's commit time (0 outside a repository), never the clock's", () => {
    expect(sourceTime({SOURCE_DATE_EPOCH: "1700000000"})).toBe(1700000000000);
    const git = spawnSync("git", ["log", "-1", "--format=%ct"], {encoding: "utf8"});
    expect(sourceTime({})).toBe(git.status === 0 ? Number(git.stdout.trim()) * 1000 : 0);
    expect(sourceTime({SOURCE_DATE_EPOCH: ""})).toBe(sourceTime({}));
  });

  it("refuses a SOURCE_DATE_EPOCH that is not whole seconds, naming the value", () => {
    expect(() => sourceTime({SOURCE_DATE_EPOCH: "2026-12-06"})).toThrow(/SOURCE_DATE_EPOCH must be whole seconds since 1970, got "2026-12-06"/);
    expect(() => sourceTime({SOURCE_DATE_EPOCH: "1.5"})).toThrow(/got "1.5"/);
  });
});
