// A cohort file's bytes as text. Files saved in a legacy encoding (Latin-1,
// Windows-1252) would otherwise decode with U+FFFD in place of accented
// letters and turn "Pé001" into a different id without a word; they fail
// instead, at the first byte that is not UTF-8. The build, the command line
// and /explore's file reader (in the browser) all decode through this.

/** A file that is not UTF-8; the message names the file, line, byte and its character in the line (not a CSV column: the cells cannot be read yet). */
export class FileDecodeError extends Error {
  override name = "FileDecodeError";
}

const BOM = [0xef, 0xbb, 0xbf];
const NEWLINE = 0x0a;

/**
 * Decodes UTF-8, without a leading byte-order mark. Any invalid byte throws a
 * FileDecodeError naming the file, line, byte and column (the byte's
 * 1-based character position in its line).
 */
export function decodeFile(bytes: Uint8Array, file: string): string {
  const body = BOM.every((b, k) => bytes[k] === b) ? bytes.subarray(BOM.length) : bytes;
  // A valid file, the usual case, decodes in one call; a million-row file line by line would take seconds.
  const whole = decodeLine(body);
  if (whole !== null) return whole;
  // 0x0A never occurs inside a multi-byte sequence, so each line decodes on its own and the first bad one is found by line.
  const lines: string[] = [];
  for (let start = 0, line = 1; ; ++line) {
    const end = body.indexOf(NEWLINE, start);
    const bytesOfLine = body.subarray(start, end < 0 ? body.length : end);
    const text = decodeLine(bytesOfLine);
    if (text === null) {
      const {byte, column} = firstInvalid(bytesOfLine);
      throw new FileDecodeError(`${file} line ${line}: byte 0x${hex(byte)} at character ${column} of the line is not UTF-8 (save the file as UTF-8)`);
    }
    lines.push(text);
    if (end < 0) return lines.join("\n");
    start = end + 1;
  }
}

function decodeLine(bytes: Uint8Array): string | null {
  try {
    // ignoreBOM keeps a byte-order mark inside the file as text rather than silently dropping it.
    return new TextDecoder("utf-8", {fatal: true, ignoreBOM: true}).decode(bytes);
  } catch {
    return null;
  }
}

/** The first byte of the first invalid sequence in a line known to hold one, and its character position. */
function firstInvalid(bytes: Uint8Array): {byte: number; column: number} {
  const decoder = new TextDecoder("utf-8", {fatal: true, ignoreBOM: true});
  // Fed one byte at a time, the decoder emits each character when its last byte arrives; `sequence` is where the pending one began.
  let characters = 0;
  let sequence = 0;
  for (let k = 0; k <= bytes.length; ++k) {
    let out: string;
    try {
      out = k < bytes.length ? decoder.decode(bytes.subarray(k, k + 1), {stream: true}) : decoder.decode();
    } catch {
      return {byte: bytes[sequence], column: characters + 1};
    }
    if (out !== "") {
      characters += Array.from(out).length;
      sequence = k + 1;
    }
  }
  throw new Error("firstInvalid: the line is valid UTF-8");
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, "0");
}
