// The published cohort holds the supplied values exactly: reading a valid cell,
// writing it and reading it back gives the same double, whatever its digits.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {PATIENT_COLUMN_TYPES, PROCEDURE_COLUMN_TYPES} from "../../src/lib/analysis/cohort-columns.js";
import {PATIENT_RULES, PROCEDURE_RULES, type CellRule} from "../../data-loaders/cohort-schema.js";
import {formatCell, toCsv, validateCohort} from "../../data-loaders/read-cohort.js";
import {editCell} from "./edit-cell.js";

const SMALL = "tests/fixtures/cohorts/small";
const PATIENTS = readFileSync(join(SMALL, "patients.csv"), "utf8");
const PROCEDURES = readFileSync(join(SMALL, "procedures.csv"), "utf8");

const RULES: [string, CellRule][] = [...Object.entries(PATIENT_RULES), ...Object.entries(PROCEDURE_RULES)];
const TYPES: Record<string, string> = {...PATIENT_COLUMN_TYPES, ...PROCEDURE_COLUMN_TYPES};

const parse = (rule: CellRule, text: string) => rule.schema.safeParse(text);

/** Cell texts in every spelling the schema's decimal grammar allows: shortest, fixed, exponent, padded, long. */
const cellText = fc.oneof(
  fc.double({min: 0, max: 1300, noNaN: true}).map(String),
  fc.tuple(fc.double({min: 0, max: 1300, noNaN: true}), fc.integer({min: 0, max: 20})).map(([v, k]) => v.toFixed(k)),
  fc.tuple(fc.double({min: 0, max: 1300, noNaN: true}), fc.integer({min: 0, max: 20})).map(([v, k]) => v.toExponential(k)),
  fc.integer({min: 0, max: 150}).map(String),
  fc.stringMatching(/^0{0,3}\d{1,4}\.\d{0,25}$/),
  fc.stringMatching(/^\.\d{1,25}$/),
  fc.stringMatching(/^\d{1,3}(\.\d{1,20})?[eE][-+]?\d{1,2}$/)
);
const integerText = fc.oneof(fc.integer({min: 0, max: 150}).map(String), fc.stringMatching(/^0{0,3}\d{1,3}$/));

describe("formatCell", () => {
  it("writes every valid number so that it reads back to the same value", () => {
    for (const [column, rule] of RULES.filter(([c]) => TYPES[c] !== "string")) {
      fc.assert(
        fc.property(TYPES[column] === "integer" ? integerText : cellText, (text) => {
          const first = parse(rule, text);
          fc.pre(first.success);
          const again = parse(rule, formatCell(first.data as number));
          expect(again.success, `${column} ${text}`).toBe(true);
          expect(Object.is(again.data, first.data), `${column} ${text} -> ${formatCell(first.data as number)}`).toBe(true);
        }),
        {numRuns: 300}
      );
    }
  });

  it("writes every double within the bounds as text the schema reads back to it", () => {
    const months = PATIENT_RULES.os_months;
    fc.assert(
      fc.property(fc.double({min: 0, max: 1200, noNaN: true}), (v) => {
        const back = parse(months, formatCell(v));
        expect(back.success && Object.is(back.data, v), `${v}`).toBe(true);
      }),
      {numRuns: 2000}
    );
  });

  it("publishes a supplied value as supplied, not rounded", () => {
    const supplied = editCell(editCell(PATIENTS, 1, "age_at_diagnosis", "52.00004"), 2, "os_months", "0.00004");
    const cohort = validateCohort(supplied, PROCEDURES);
    const csv = toCsv(cohort.patients, cohort.procedures);
    expect(csv.patients).toBe(supplied);
    expect(csv.procedures).toBe(PROCEDURES);
  });
});

describe("toCsv", () => {
  const TIMES = ["age_at_diagnosis", "months_diagnosis_to_liver_metastases", "months_liver_metastases_to_embolization", "ttp_months", "tttf_months", "symptom_relief_months", "os_months"] as const;

  it("round-trips a cohort: parse, write and parse again give the same values and the same bytes", () => {
    fc.assert(
      fc.property(fc.tuple(...TIMES.map(() => cellText)), (texts) => {
        fc.pre(TIMES.every((column, k) => PATIENT_RULES[column].schema.safeParse(texts[k]).success));
        const first = validateCohort(TIMES.reduce((csv, column, k) => editCell(csv, 1, column, texts[k]), PATIENTS), PROCEDURES);
        const csv = toCsv(first.patients, first.procedures);
        const again = validateCohort(csv.patients, csv.procedures);
        expect(again.patients).toEqual(first.patients);
        expect(toCsv(again.patients, again.procedures)).toEqual(csv);
      }),
      {numRuns: 200}
    );
  });
});
