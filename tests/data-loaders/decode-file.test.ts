// Cohort files must be UTF-8: a file in a legacy encoding stops the build at
// its first invalid byte instead of turning accented letters into U+FFFD.
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {decodeCohortFile} from "../../data-loaders/cohort-input/decode-file.js";
import {readCohort} from "../../data-loaders/read-cohort.js";
import {PATIENTS, PROCEDURES, validationMessage} from "./small-cohort.js";

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));

const message = (input: Uint8Array, file = "patients.csv") => validationMessage(() => decodeCohortFile(input, file));

describe("decodeCohortFile", () => {
  it("decodes UTF-8, keeping line ends, and strips one leading byte-order mark", () => {
    expect(decodeCohortFile(bytes("id\r\nPé001,😀\nx"), "patients.csv")).toBe("id\r\nPé001,😀\nx");
    expect(decodeCohortFile(bytes([0xef, 0xbb, 0xbf], "id\n"), "patients.csv")).toBe("id\n");
    expect(decodeCohortFile(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], "id"), "patients.csv")).toBe("\uFEFFid");
    expect(decodeCohortFile(bytes(""), "patients.csv")).toBe("");
  });

  it("rejects Latin-1, naming file, line, byte and column", () => {
    expect(message(bytes("id,arm\n", [0x50, 0xe9, 0x30, 0x30, 0x31], ",bland\n"))).toBe("patients.csv line 2: byte 0xE9 at character 2 of the line is not UTF-8 (save the file as UTF-8)");
    expect(message(bytes("patient_id\nPé,1\r\nP", [0xfc], "\n"), "procedures.csv")).toBe("procedures.csv line 3: byte 0xFC at character 2 of the line is not UTF-8 (save the file as UTF-8)");
  });

  it("counts columns in characters and points at the start of the broken sequence", () => {
    // A stray continuation byte, a truncated 4-byte sequence, an overlong "/", an encoded surrogate, a sequence cut by the line end and by the file end.
    expect(message(bytes("é😀", [0x80]))).toBe("patients.csv line 1: byte 0x80 at character 3 of the line is not UTF-8 (save the file as UTF-8)");
    expect(message(bytes("a\nab", [0xf0, 0x9f, 0x98], "c"))).toBe("patients.csv line 2: byte 0xF0 at character 3 of the line is not UTF-8 (save the file as UTF-8)");
    expect(message(bytes([0xc0, 0xaf]))).toBe("patients.csv line 1: byte 0xC0 at character 1 of the line is not UTF-8 (save the file as UTF-8)");
    expect(message(bytes("x,", [0xed, 0xa0, 0x80]))).toBe("patients.csv line 1: byte 0xED at character 3 of the line is not UTF-8 (save the file as UTF-8)");
    expect(message(bytes("a\n\nb", [0xc3], "\nc"))).toBe("patients.csv line 3: byte 0xC3 at character 2 of the line is not UTF-8 (save the file as UTF-8)");
    expect(message(bytes("a\nb", [0xe2, 0x82]))).toBe("patients.csv line 2: byte 0xE2 at character 2 of the line is not UTF-8 (save the file as UTF-8)");
  });

  it("counts lines after a byte-order mark and columns without it", () => {
    expect(message(bytes([0xef, 0xbb, 0xbf], "ab", [0xe9]))).toBe("patients.csv line 1: byte 0xE9 at character 3 of the line is not UTF-8 (save the file as UTF-8)");
  });

  it("rejects UTF-16, which starts with bytes that are never UTF-8", () => {
    expect(message(new Uint8Array([0xff, 0xfe, 0x69, 0x00]))).toBe("patients.csv line 1: byte 0xFF at character 1 of the line is not UTF-8 (save the file as UTF-8)");
  });
});

describe("readCohort", () => {
  it("rejects a Latin-1 id rather than reading it as P\\uFFFD001", () => {
    const dir = mkdtempSync(join(tmpdir(), "cohort-"));
    const latin1 = (csv: string) => Buffer.from(csv.replaceAll("P01", "Pé001"), "latin1");
    writeFileSync(join(dir, "patients.csv"), latin1(PATIENTS));
    writeFileSync(join(dir, "procedures.csv"), latin1(PROCEDURES));
    expect(() => readCohort(dir)).toThrow("patients.csv line 2: byte 0xE9 at character 2 of the line is not UTF-8 (save the file as UTF-8)");
  });

  it("reads a UTF-8 file with a byte-order mark and a non-ASCII id", () => {
    const dir = mkdtempSync(join(tmpdir(), "cohort-"));
    const utf8 = (csv: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv.replaceAll("P01", "Pé001"), "utf8")]);
    writeFileSync(join(dir, "patients.csv"), utf8(PATIENTS));
    writeFileSync(join(dir, "procedures.csv"), utf8(PROCEDURES));
    const cohort = readCohort(dir);
    expect(cohort.patients[0].id).toBe("Pé001");
    expect(cohort.procedures.filter((q) => q.patient_id === "Pé001")).toHaveLength(4);
  });
});
