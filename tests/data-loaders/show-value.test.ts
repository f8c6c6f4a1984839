// Values echoed in messages reach a terminal and a page: they are quoted,
// escaped and cut so that no supplied cell can drive the terminal, reorder the
// text around it or flood the log.
import {describe, expect, it} from "vitest";
import {showUnquoted, showValue} from "../../data-loaders/cohort-input/show-value.js";
import {validateCohort} from "../../data-loaders/read-cohort.js";
import {editCell} from "./edit-cell.js";
import {PATIENTS, PROCEDURES, message} from "./small-cohort.js";

const HOSTILE = "P\u001b[31m\u0007\u0000\u202e10";
const HUGE = "x".repeat(100_000);
/** Characters no message may carry raw: C0 and C1 controls, DEL, bidi controls, separators, other format characters. */
const RAW = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

describe("showValue", () => {
  it("quotes like JSON and escapes every character that does not show as itself", () => {
    expect(showValue("P01")).toBe('"P01"');
    expect(showValue('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(showValue(HOSTILE)).toBe('"P\\u001b[31m\\u0007\\u0000\\u202E10"');
    expect(showValue("\u007f\u0085\u009f")).toBe('"\\u007F\\u0085\\u009F"');
    expect(showValue("\u200e\u200f\u202a\u202d\u2066\u2069")).toBe('"\\u200E\\u200F\\u202A\\u202D\\u2066\\u2069"');
    expect(showValue("a\u2028b\u2029c\u200bd\u00ade\ufeff")).toBe('"a\\u2028b\\u2029c\\u200Bd\\u00ADe\\uFEFF"');
    expect(showValue("\u{e0041}\ud800")).toBe('"\\uDB40\\uDC41\\ud800"');
    expect(showValue("مريض חולה é 😀 ")).toBe('"مريض חולה é 😀 "');
  });

  it("cuts a value longer than 64 characters and says how long it was", () => {
    expect(showValue("x".repeat(64))).toBe(`"${"x".repeat(64)}"`);
    expect(showValue(HUGE)).toBe(`"${"x".repeat(64)}"… (100000 characters)`);
    expect(showValue("😀".repeat(65))).toBe(`"${"😀".repeat(64)}"… (65 characters)`);
    expect(showUnquoted("0".repeat(99_999) + "1")).toBe(`${"0".repeat(64)}… (100000 characters)`);
    expect(showUnquoted("P01")).toBe("P01");
    expect(showUnquoted(HOSTILE)).toBe("P\\u001b[31m\\u0007\\u0000\\u202E10");
  });
});

describe("messages", () => {
  const check = (text: string) => {
    expect(text).not.toMatch(RAW);
    expect(text.length).toBeLessThan(300);
  };

  it("never carry a hostile or huge cell raw", () => {
    const messages = [
      message(editCell(PATIENTS, 1, "id", HOSTILE)),
      message(PATIENTS, editCell(PROCEDURES, 1, "patient_id", HOSTILE)),
      message(editCell(PATIENTS, 1, "id", HUGE)),
      message(editCell(PATIENTS, 1, "arm", HOSTILE + HUGE)),
      message(editCell(PATIENTS, 1, "os_months", HUGE)),
      message(PATIENTS.replace(",sex,", `,${HOSTILE}${HUGE},`)),
      message(PATIENTS, editCell(PROCEDURES, 1, "patient_id", "Q" + HUGE.slice(0, 60))),
      message(editCell(PATIENTS, 2, "procedures_initial_cycle", "0".repeat(100_000) + "3")),
      message(editCell(PATIENTS, 1, "procedures_total", "0".repeat(100_000) + "5")),
      message(editCell(PATIENTS, 3, "symptom_relief_months", "0".repeat(100_000) + "4"))
    ];
    for (const text of messages) check(text);
    expect(messages[0]).toBe('patients.csv row 1 (line 2), column id: "P\\u001b[31m\\u0007\\u0000\\u202E10" contains the non-printable character U+001B at character 2; an id must be printable');
    expect(messages[5]).toBe(`patients.csv line 1 (header), column 3: found "P\\u001b[31m\\u0007\\u0000\\u202E10${"x".repeat(53)}"… (100011 characters), expected "sex"`);
    expect(messages[7]).toBe(`patients.csv row 2 (line 3), column procedures_initial_cycle: "${"0".repeat(64)}"… (100001 characters) exceeds procedures_total 2`);
  });

  it("cut long numbers in the definition checks' examples", () => {
    // P01: ttp 14.5, os 48.2; leading zeros keep the value and make the cell 100,004 characters long.
    const [check] = validateCohort(editCell(PATIENTS, 1, "ttp_months", "0".repeat(100_000) + "60.5"), PROCEDURES).definitionChecks.filter((c) => c.count > 0);
    expect(check.examples).toEqual([`patients.csv row 1 (line 2), id P01, columns ttp_months, os_months: ${"0".repeat(64)}… (100004 characters) > 48.2`]);
  });
});
