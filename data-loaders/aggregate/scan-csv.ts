// The part of a CSV file's validation that SQL cannot do exactly: decoding
// as UTF-8 (the byte and column of the first invalid sequence), the header,
// and the records as d3's csvParseRows splits them (field counts, blank
// files). One pass over the file in chunks, in constant memory: the text is
// tokenised with d3-dsv's rules but no row is kept. DuckDB then reads the
// cells; it splits records as d3 does only for regular quoting and one kind
// of line end, so a file that has anything else is reported as irregular and
// validated by the reference path instead.
import {closeSync, fstatSync, openSync, readSync} from "node:fs";
import {decodeCohortFile} from "../cohort-input/decode-file.js";

export interface CsvScan {
  /** The first record's fields, as d3 reads them (the BOM excluded). */
  header: string[];
  /** The text is only white space (parseTable's "the file is empty"). */
  blank: boolean;
  /** Every record after the header is one blank field (parseTable's "no data rows"). */
  noDataRows: boolean;
  /** The first data row whose field count differs from `width`, its field count, and the byte where it starts. */
  ragged: {row: number; fields: number; offset: number} | null;
  /** Why DuckDB would split the file differently from d3, or null. */
  irregular: string | null;
  /** The line end between records, for DuckDB's new_line. */
  newLine: "\n" | "\r\n";
}

const CHUNK = 1 << 20;
const BOM = [0xef, 0xbb, 0xbf];
const [QUOTE, COMMA, LF, CR] = [0x22, 0x2c, 0x0a, 0x0d];
const BLANK = /^\s*$/;

/** Scans `path` (shown as `file` in messages); throws decodeFile's CohortValidationError at the first byte that is not UTF-8. */
export function scanCsv(path: string, file: string, width: number): CsvScan {
  const fd = openSync(path, "r");
  try {
    return scan(fd, path, file, width);
  } finally {
    closeSync(fd);
  }
}

function scan(fd: number, path: string, file: string, width: number): CsvScan {
  const decoder = new TextDecoder("utf-8", {fatal: true, ignoreBOM: true});
  const buffer = new Uint8Array(CHUNK);
  const result: CsvScan = {header: [], blank: true, noDataRows: true, ragged: null, irregular: null, newLine: "\n"};
  const newLines = new Set<string>();
  // Tokeniser state, as d3-dsv: a field is quoted if it starts with a quote.
  let state = "start" as "start" | "unquoted" | "quoted" | "quoteInQuoted" | "afterCR";
  let field = "";
  let fieldBlank = true;
  let fields = 0;
  let row = 0;
  let recordOffset = 0;
  let recordEmpty = true;
  // For a decoding error: the byte where the current line starts and the lines before it.
  let lineStart = 0;
  let lines = 0;
  let position = 0;
  let first = true;
  const inHeader = () => row === 0;
  const endField = () => {
    if (inHeader()) result.header.push(field);
    fields += 1;
    field = "";
  };
  const endRecord = (at: number) => {
    if (row > 0) {
      if (!(fields === 1 && fieldBlank)) result.noDataRows = false;
      if (fields !== width && result.ragged === null) result.ragged = {row, fields, offset: recordOffset};
    }
    row += 1;
    fields = 0;
    fieldBlank = true;
    recordOffset = at;
    recordEmpty = true;
  };
  // A comma or a line end closes a field the same way whether it was quoted or not.
  const closesField = (c: number, byte: number): boolean => {
    if (c === COMMA) {
      endField();
      fieldBlank = true;
      state = "start";
    } else if (c === LF) {
      endField();
      newLines.add("\n");
      endRecord(byte);
      state = "start";
    } else if (c === CR) {
      endField();
      state = "afterCR";
    } else return false;
    return true;
  };
  const irregular = (why: string) => {
    result.irregular ??= why;
  };
  for (;;) {
    const n = readSync(fd, buffer, 0, CHUNK, position);
    let bytes = buffer.subarray(0, n);
    let base = position;
    if (first) {
      first = false;
      if (BOM.every((b, k) => bytes[k] === b)) {
        bytes = bytes.subarray(BOM.length);
        base += BOM.length;
      }
      recordOffset = base;
      lineStart = base;
    }
    let text: string;
    try {
      text = n === 0 ? decoder.decode() : decoder.decode(bytes, {stream: true});
    } catch {
      throw decodingError(fd, path, file, lineStart, lines);
    }
    if (result.blank && !BLANK.test(text)) result.blank = false;
    // Offsets of record starts are in bytes; count them as the text is walked.
    let byte = base;
    // parseTable drops a second byte-order mark that decodeFile left as text.
    const from = base === BOM.length && row === 0 && fields === 0 && state === "start" && text.charCodeAt(0) === 0xfeff && position === 0 ? 1 : 0;
    byte += 3 * from;
    for (let i = from; i < text.length; ++i) {
      const c = text.charCodeAt(i);
      const size = c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : c >= 0xdc00 && c <= 0xdfff ? 0 : 3;
      byte += size;
      if (c === LF) {
        lines += 1;
        lineStart = byte;
      }
      switch (state) {
        case "afterCR":
          if (c !== LF) irregular("a carriage return that does not end a line");
          newLines.add("\r\n");
          endRecord(byte);
          state = "start";
          if (c === LF) break;
        // falls through: the character after a lone CR starts the next record
        case "start":
          recordEmpty = false;
          if (c === QUOTE) {
            state = "quoted";
            break;
          }
          state = "unquoted";
        // falls through
        case "unquoted":
          if (closesField(c, byte)) break;
          if (c === QUOTE) irregular("a quote inside an unquoted field");
          if (fieldBlank && !BLANK.test(text[i])) fieldBlank = false;
          if (inHeader()) field += text[i];
          break;
        case "quoted":
          if (c === QUOTE) state = "quoteInQuoted";
          else {
            if (fieldBlank && !BLANK.test(text[i])) fieldBlank = false;
            if (inHeader()) field += text[i];
          }
          break;
        case "quoteInQuoted":
          if (c === QUOTE) {
            if (inHeader()) field += '"';
            fieldBlank = false;
            state = "quoted";
          } else if (!closesField(c, byte)) {
            irregular("a character after a closing quote");
            state = "unquoted";
          }
          break;
      }
    }
    if (n === 0) break;
    position += n;
  }
  // d3 drops one final line end, so a record ends at the end of the text unless a line end just ended one.
  if (state === "quoted") irregular("a quoted field that is never closed");
  if (state === "afterCR") {
    irregular("a carriage return that does not end a line");
    endRecord(position);
  } else if (!(state === "start" && recordEmpty)) {
    endField();
    endRecord(position);
  }
  if (newLines.size > 1) irregular("both LF and CRLF line ends");
  result.newLine = newLines.has("\r\n") ? "\r\n" : "\n";
  return result;
}

/**
 * decodeFile's own message for the first line from `lineStart` that is not
 * UTF-8: that line's bytes after as many line ends as lines before it, so
 * decodeFile counts the same line. Lines are read a chunk at a time.
 */
function decodingError(fd: number, path: string, file: string, lineStart: number, linesBefore: number): Error {
  const size = fstatSync(fd).size;
  const buffer = new Uint8Array(CHUNK);
  let lines = linesBefore;
  for (let start = lineStart; start <= size; ) {
    const n = readSync(fd, buffer, 0, CHUNK, start);
    let from = 0;
    for (let end = buffer.subarray(0, n).indexOf(LF); ; end = buffer.subarray(0, n).indexOf(LF, from)) {
      // A line that runs past this chunk (or to the end of the file) is read whole.
      const line = end < 0 ? readLine(fd, start + from) : buffer.subarray(from, end);
      if (!decodes(line)) return lineError(fd, file, line, lines);
      if (end < 0) {
        from += line.length + 1;
        lines += 1;
        break;
      }
      from = end + 1;
      lines += 1;
    }
    start += from;
  }
  return new Error(`${path}: the decoder refused a byte after ${lineStart} but every line from there decodes`);
}

function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", {fatal: true, ignoreBOM: true}).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** decodeFile's error for a line known not to decode, given the lines before it. */
function lineError(fd: number, file: string, line: Uint8Array, linesBefore: number): Error {
  // Line 1 keeps its BOM, which decodeFile removes as it does for the whole file.
  const bytes = linesBefore === 0 ? readLine(fd, 0) : new Uint8Array(linesBefore + line.length).fill(LF, 0, linesBefore);
  if (linesBefore > 0) bytes.set(line, linesBefore);
  try {
    decodeCohortFile(bytes, file);
  } catch (error) {
    return error as Error;
  }
  return new Error(`${file} line ${linesBefore + 1}: does not decode alone but decodes after ${linesBefore} line ends`);
}

/** The bytes from `start` to the next line end (excluded) or the end of the file. */
function readLine(fd: number, start: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const buffer = new Uint8Array(CHUNK);
  for (let position = start; ; ) {
    const n = readSync(fd, buffer, 0, CHUNK, position);
    const end = buffer.subarray(0, n).indexOf(LF);
    parts.push(buffer.slice(0, end < 0 ? n : end));
    if (end >= 0 || n === 0) break;
    position += n;
  }
  return Buffer.concat(parts);
}
