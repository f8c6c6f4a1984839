// scanCsv reads a CSV file's structure as the build does (decodeFile, then
// d3's csvParseRows in parseTable) without keeping its rows: compared here
// with those two on small texts of every shape and on files larger than one
// chunk, where characters, quoted fields and bad bytes straddle the chunk
// boundary.
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvParseRows} from "d3";
import {afterAll, describe, expect, it} from "vitest";
import {scanCsv} from "../../data-loaders/aggregate/scan-csv.js";
import {decodeCohortFile} from "../../data-loaders/cohort-input/decode-file.js";

const dir = mkdtempSync(join(tmpdir(), "scan-csv-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
let serial = 0;
const file = (content: string | Uint8Array) => {
  const path = join(dir, `${++serial}.csv`);
  writeFileSync(path, content);
  return path;
};

/** What parseTable sees in the file: header, blank, no data rows, the first ragged row, and the bytes before it. */
function expected(bytes: Uint8Array, width: number) {
  const decoded = decodeCohortFile(bytes, "x.csv");
  const body = decoded.startsWith("\uFEFF") ? decoded.slice(1) : decoded;
  const rows = csvParseRows(body);
  const k = rows.findIndex((cells, i) => i > 0 && cells.length !== width);
  return {
    header: rows[0] ?? [],
    blank: body.trim() === "",
    noDataRows: rows.slice(1).every((cells) => cells.length === 1 && cells[0].trim() === ""),
    ragged: k < 0 ? null : {row: k, fields: rows[k].length}
  };
}

function check(content: string | Uint8Array, width = 3) {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const path = file(bytes);
  const scan = scanCsv(path, "x.csv", width);
  // An irregular file goes to the reference validator, so its structure is not read from the scan.
  if (scan.irregular) return scan;
  const want = expected(bytes, width);
  expect({header: scan.header, blank: scan.blank, noDataRows: scan.noDataRows, ragged: scan.ragged && {row: scan.ragged.row, fields: scan.ragged.fields}}).toEqual(want);
  if (scan.ragged) {
    // The bytes before the ragged row hold the header and the rows before it, and nothing of it.
    const before = new TextDecoder().decode(bytes.subarray(0, scan.ragged.offset)).replace(/^\uFEFF/, "");
    expect(csvParseRows(before).length).toBe(scan.ragged.row);
  }
  return scan;
}

describe("scanCsv reads the structure parseTable reads", () => {
  const texts: [string, string][] = [
    ["a plain file", "a,b,c\n1,2,3\n4,5,6\n"],
    ["no final line end", "a,b,c\n1,2,3\n4,5,6"],
    ["CRLF line ends", "a,b,c\r\n1,2,3\r\n4,5,6\r\n"],
    ["a byte-order mark", "\ufeffa,b,c\n1,2,3\n"],
    ["two byte-order marks", "\ufeff\ufeffa,b,c\n1,2,3\n"],
    ["quoted fields with commas, quotes and line breaks", 'a,"b,""x""\n",c\n"1","2\n2",3\n4,5,""\n'],
    ["an empty text", ""],
    ["white space only, with a no-break space", " \n\t\u00a0\n"],
    ["a header only", "a,b,c\n"],
    ["a header and blank lines", "a,b,c\n\n  \n"],
    ["a header and a quoted blank", 'a,b,c\n" "\n'],
    ["a short row", "a,b,c\n1,2,3\n4,5\n6,7,8\n"],
    ["a long row", "a,b,c\n1,2,3,4\n"],
    ["a blank line between rows", "a,b,c\n1,2,3\n\n4,5,6\n"],
    ["a trailing blank line", "a,b,c\n1,2,3\n\n"],
    ["a trailing comma", "a,b,c\n1,2,\n"],
    ["a wrong header", "a,x\n1,2,3\n"],
    ["a quoted header cell", 'a,"b",c\n1,2,3\n'],
    ["multi-byte characters", "a,b,c\né,日本,😀\n"]
  ];
  for (const [what, text] of texts) it(what, () => expect(check(text).irregular).toBeNull());

  it("flags what DuckDB would split unlike d3", () => {
    expect(check('a,b,c\n1,x"y,3\n').irregular).toBe("a quote inside an unquoted field");
    expect(check('a,b,c\n1,"x"y,3\n').irregular).toBe("a character after a closing quote");
    expect(check('a,b,c\n1,"x\n').irregular).toBe("a quoted field that is never closed");
    expect(check("a,b,c\r1,2,3\r").irregular).toBe("a carriage return that does not end a line");
    expect(check("a,b,c\r\n1,2,3\n").irregular).toBe("both LF and CRLF line ends");
    expect(check("a,b,c\r\n1,2,3\r\n").irregular).toBeNull();
    expect(check("a,b,c\r\n1,2,3\r\n").newLine).toBe("\r\n");
    expect(check('a,b,c\n1,"x\r\ny",3\n').irregular).toBeNull();
  });
});

describe("across chunks of a large file", () => {
  // Rows of 3 fields, about 3 MiB: several 1 MiB chunks, so boundaries fall inside characters and quoted fields.
  const rows = Array.from({length: 60_000}, (_, i) => `${i},"é\n${"日".repeat(i % 7)}",😀${i}`);
  const text = `a,b,c\n${rows.join("\n")}\n`;

  it("finds the ragged row and its bytes", () => {
    const ragged = text.replace("\n45000,", "\n45000,x,");
    const scan = check(ragged);
    expect(scan.ragged?.row).toBe(45_001);
  });

  it("reports a bad byte in a later chunk with decodeFile's message", () => {
    const bytes = new TextEncoder().encode(text);
    const at = bytes.length - 1000;
    const bad = new Uint8Array(bytes);
    bad[at] = 0xff;
    const message = (() => {
      try {
        decodeCohortFile(bad, "x.csv");
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/^x\.csv line \d{6}: byte/);
    expect(() => scanCsv(file(bad), "x.csv", 3)).toThrow(message!);
  });

  it("reports a multi-byte sequence cut at the end of the file", () => {
    const bytes = new TextEncoder().encode(`${text}😀`).slice(0, -1);
    expect(() => scanCsv(file(bytes), "x.csv", 3)).toThrow(/^x\.csv line \d+: byte 0xF0 at character 1 of the line is not UTF-8/);
  });
});
