// The build's validation of a cohort (cohort-input/validate-cohort.ts) run by
// DuckDB over the files, for cohorts too large to hold as JavaScript rows.
// Each rule is a SQL predicate; SQL finds the first offending row in the
// order the build reports problems, and that one row is handed to the
// build's own checks (parseRow, checkPatientRules, the cross-row messages,
// checkDefinitions), which word the message. Valid rows never reach
// JavaScript.
//
// What SQL cannot do exactly stays in JavaScript: a CSV file's UTF-8
// decoding, header and field counts are one streaming pass (scan-csv.ts);
// ids holding characters outside printable ASCII are checked by the id rule
// itself (Unicode categories as V8 knows them), streamed from DuckDB. A CSV
// whose quoting or line ends DuckDB would split differently from d3, and a
// Parquet column of a type other than text, integer or floating point, are
// validated by the reference path (every row in JavaScript) instead.
import {createReadStream, createWriteStream, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, join} from "node:path";
import {pipeline} from "node:stream/promises";
import type {DuckDBConnection, DuckDBValue} from "@duckdb/node-api";
import {
  ARMS, PATIENT_COLUMNS, PATIENT_RULES, PRIMARY_TUMORS, PROCEDURE_COLUMNS, PROCEDURE_RULES, RESPONSES, SEXES, type CellRule, type Patient, type Procedure
} from "../cohort-schema.js";
import {checkDefinitions, MAX_EXAMPLES, type DefinitionCheck} from "../cohort-input/definition-checks.js";
import {checkHeader, parseRow, parseTable, type ParsedRow} from "../cohort-input/parse-table.js";
import {formatCell} from "../cohort-input/to-csv.js";
import {
  checkPatientRules, duplicateIdError, duplicateProcedureError, procedureCountError, unknownPatientError
} from "../cohort-input/validate-cohort.js";
import {scanCsv} from "./scan-csv.js";

export type CohortFormat = "csv" | "parquet";

export interface CohortFile {
  path: string;
  format: CohortFormat;
}

/** The temporary table of a CSV's cells as text, as validation read them: what the cohort's views read after it succeeds. */
export const validatedCsvTable = (table: "patients" | "procedures") => `raw_${table}`;

/** Thrown when a file must go through the reference validator instead; says why. */
export class NotForSql extends Error {
  override name = "NotForSql";
}

type Table = "patients" | "procedures";

/**
 * How a column's cells are held: as the text the build reads, or (Parquet) as
 * a double whose text is String(value), or as an integer whose text is its
 * digits, checked as numbers (a cast to text and a regular expression per cell
 * would be most of the validation's time on a large file).
 */
type Kind = "text" | "double" | "integer";

interface Layout {
  file: string;
  table: Table;
  columns: readonly string[];
  rules: Record<string, CellRule>;
  /** The view with r (1-based row in file order) and one column per schema column. */
  view: string;
  kinds: Record<string, Kind>;
  /** Rows after which the reading stops: a row of the wrong width, reported if no earlier row fails. */
  ragged: {row: number; fields: number} | null;
}

const ROWS_ARE: Record<Table, string> = {patients: "patients", procedures: "procedures"};
const COLUMNS: Record<Table, readonly string[]> = {patients: PATIENT_COLUMNS, procedures: PROCEDURE_COLUMNS};
const RULES: Record<Table, Record<string, CellRule>> = {patients: PATIENT_RULES, procedures: PROCEDURE_RULES};

/** A string literal of SQL. */
export const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** DuckDB's scan of an RFC 4180 CSV as text cells, with nothing guessed: the header, the separators and the line end are given. */
export function csvTextScan(path: string, columns: readonly string[], newLine: "\n" | "\r\n"): string {
  const types = columns.map((c) => `${quoted(c)}: 'VARCHAR'`).join(", ");
  return `read_csv(${quoted(path)}, auto_detect = false, header = true, delim = ',', quote = '"', escape = '"', new_line = '${newLine === "\n" ? "\\n" : "\\r\\n"}', columns = {${types}})`;
}

const list = (values: readonly string[]) => values.map(quoted).join(", ");
const INTEGER_TYPES = /^(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT))$/;
const FLOAT_TYPES = /^(DOUBLE|FLOAT)$/;
const DECIMAL_SQL = "([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][-+]?[0-9]+)?";
/** An id in printable ASCII: 1 to 64 characters, no surrounding space, no leading =, +, - or @. */
const ASCII_ID = "[!-~]([ -~]{0,62}[!-~])?";

const ID_PROBLEM = "is not a non-empty identifier without surrounding spaces";

/** The SQL predicate that a column's cell passes its rule; an id outside printable ASCII fails it and is left to the rule itself (checkCells). */
function cellOk(column: string, rule: CellRule, kind: Kind): string {
  const c = column;
  const optional = rule.problem.endsWith("(or empty)");
  const problem = optional ? rule.problem.slice(0, -" (or empty)".length) : rule.problem;
  const text = (test: string) => (optional ? `(${c} = '' OR ${test})` : test);
  const value = (test: string) => (optional ? `(${c} IS NULL OR ${test})` : `(${c} IS NOT NULL AND ${test})`);
  const number = problem.match(/^is not a number from 0 to (\d+) /);
  if (number) {
    const max = number[1];
    if (kind === "integer") return value(`(${c} >= 0 AND ${c} <= ${max})`);
    return kind === "double"
      ? value(`(isfinite(${c}) AND ${c} >= 0 AND ${c} <= ${max})`)
      : text(`(regexp_full_match(${c}, '${DECIMAL_SQL}') AND COALESCE(TRY_CAST(${c} AS DOUBLE) BETWEEN 0 AND ${max}, false))`);
  }
  const count = problem.match(/^is not an integer from 1 to (\d+)$/);
  if (count) {
    const max = count[1];
    if (kind === "integer") return value(`(${c} >= 1 AND ${c} <= ${max})`);
    return kind === "double"
      ? value(`(isfinite(${c}) AND ${c} = floor(${c}) AND ${c} >= 1 AND ${c} <= ${max})`)
      : text(`(regexp_full_match(${c}, '[0-9]+') AND COALESCE(TRY_CAST(${c} AS DOUBLE) BETWEEN 1 AND ${max}, false))`);
  }
  const words = ENUMERATIONS.find(([p]) => p === problem)?.[1];
  if (words) {
    if (kind === "text") return text(`${c} IN (${list(words)})`);
    // String(x) of a number is never a word, and is one of the digits only for that number (String(-0) is "0").
    return value(words.every((w) => /^\d$/.test(w)) ? `${c} IN (${words.join(", ")})` : "false");
  }
  if (problem === ID_PROBLEM) {
    if (kind === "double") throw new NotForSql(`column ${c} holds numbers`);
    // Any other character (non-ASCII, or a control) makes the row a candidate, which the id rule itself then judges.
    return `(regexp_full_match(${c}, '${ASCII_ID}') AND NOT regexp_matches(${c}, '^[=+@-]'))`;
  }
  throw new Error(`no SQL for the rule of column ${c}: ${rule.problem}`);
}

/** The schema's enumerations by the wording of their rule; numbers for flags and grades, which a double column may hold. */
const ENUMERATIONS: [string, readonly string[]][] = [
  [`is not one of ${ARMS.join(", ")}`, ARMS],
  [`is not one of ${SEXES.join(", ")}`, SEXES],
  [`is not one of ${PRIMARY_TUMORS.join(", ")}`, PRIMARY_TUMORS],
  [`is not one of ${RESPONSES.join(", ")}`, RESPONSES],
  ["is not 0 or 1", ["0", "1"]],
  ["is not a CTCAE grade 0, 1, 2, 3, 4 or 5", ["0", "1", "2", "3", "4", "5"]]
];

/** A numeric column's value as the build parses it (null when empty). */
function num(layout: Layout, column: string): string {
  const kind = layout.kinds[column];
  return kind === "double" ? column : kind === "integer" ? `CAST(${column} AS DOUBLE)` : `CAST(NULLIF(${column}, '') AS DOUBLE)`;
}

export class CohortSql {
  private lines = new Map<Table, {rows: number[]; before: number[]}>();
  private layouts = {} as Record<Table, Layout>;
  private scratch: string | null = null;

  constructor(private connection: DuckDBConnection) {}

  /** Validates both files; throws the build's CohortValidationError at the first problem, or NotForSql. */
  async validate(files: Record<Table, CohortFile>): Promise<DefinitionCheck[]> {
    try {
      const names = {patients: basename(files.patients.path), procedures: basename(files.procedures.path)};
      // The build decodes both files before it parses either.
      const scans = {
        patients: files.patients.format === "csv" ? scanCsv(files.patients.path, names.patients, PATIENT_COLUMNS.length) : null,
        procedures: files.procedures.format === "csv" ? scanCsv(files.procedures.path, names.procedures, PROCEDURE_COLUMNS.length) : null
      };
      for (const table of ["patients", "procedures"] as const) if (scans[table]?.irregular) throw new NotForSql(`${names[table]}: ${scans[table]!.irregular}`);
      await this.open("patients", files.patients, names.patients, scans.patients);
      await this.checkCells("patients");
      await this.checkPatients();
      await this.open("procedures", files.procedures, names.procedures, scans.procedures);
      await this.checkCells("procedures");
      await this.checkProcedures();
      return await this.definitions();
    } finally {
      if (this.scratch) rmSync(this.scratch, {recursive: true, force: true});
    }
  }

  private async open(table: Table, source: CohortFile, file: string, scan: ReturnType<typeof scanCsv> | null): Promise<void> {
    const columns = COLUMNS[table];
    const rules = RULES[table];
    const view = `checked_${table}`;
    const kinds: Record<string, Kind> = Object.fromEntries(columns.map((c) => [c, "text" as Kind]));
    let ragged: Layout["ragged"] = null;
    if (scan) {
      if (scan.blank) parseTable("", file, ROWS_ARE[table], columns, rules);
      checkHeader(scan.header, file, columns);
      if (scan.noDataRows) parseTable(`${columns.join(",")}\n`, file, ROWS_ARE[table], columns, rules);
      let path = source.path;
      if (scan.ragged) {
        ragged = {row: scan.ragged.row, fields: scan.ragged.fields};
        path = await this.prefix(source.path, scan.ragged.offset, table);
      }
      // A table keeps the file's order (rowid), which a CSV scan does not number.
      try {
        await this.connection.run(
          `CREATE TEMP TABLE ${validatedCsvTable(table)} AS SELECT * FROM ${csvTextScan(path, columns, scan.newLine)}`
        );
      } catch (error) {
        // d3 reads what DuckDB refuses here (a record longer than DuckDB's line limit, say): the reference reads it as the build does.
        throw new NotForSql(`${file}: DuckDB cannot read it: ${(error as Error).message.split("\n")[0]}`);
      }
      await this.connection.run(`CREATE TEMP VIEW ${view} AS SELECT rowid + 1 AS r, ${columns.map((c) => `COALESCE(${c}, '') AS ${c}`).join(", ")} FROM ${validatedCsvTable(table)}`);
    } else {
      const described = (await this.connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${quoted(source.path)})`)).getRowObjectsJS();
      checkHeader(described.map((d) => String(d.column_name)), file, columns);
      const cells = described.map((d) => {
        const [name, type] = [String(d.column_name), String(d.column_type)];
        if (type === "VARCHAR") return `COALESCE(${name}, '') AS ${name}`;
        // An id stays text: it is compared with the other file's ids, whatever their type.
        if (INTEGER_TYPES.test(type) && rules[name]?.problem === ID_PROBLEM) return `COALESCE(CAST(${name} AS VARCHAR), '') AS ${name}`;
        if (INTEGER_TYPES.test(type)) {
          kinds[name] = "integer";
          return name;
        }
        if (FLOAT_TYPES.test(type)) {
          kinds[name] = "double";
          return `CAST(${name} AS DOUBLE) AS ${name}`;
        }
        throw new NotForSql(`${file}: column ${name} is ${type}`);
      });
      await this.connection.run(`CREATE TEMP VIEW ${view} AS SELECT file_row_number + 1 AS r, ${cells.join(", ")} FROM read_parquet(${quoted(source.path)}, file_row_number = true)`);
      const rows = Number((await this.connection.runAndReadAll(`SELECT count(*) FROM ${view}`)).getRows()[0][0]);
      if (rows === 0) parseTable(`${columns.join(",")}\n`, file, ROWS_ARE[table], columns, rules);
    }
    this.layouts[table] = {file, table, columns, rules, view, kinds, ragged};
  }

  /** The bytes of `path` before `offset` in a scratch file: the rows before a ragged one. */
  private async prefix(path: string, offset: number, table: Table): Promise<string> {
    this.scratch ??= mkdtempSync(join(tmpdir(), "cohort-sql-"));
    const out = join(this.scratch, `${table}.csv`);
    await pipeline(createReadStream(path, {start: 0, end: Math.max(0, offset - 1)}), createWriteStream(out));
    return out;
  }

  /** The first row (in file order) whose cells break a rule, or at a ragged row, the build's message for it. */
  private async checkCells(table: Table): Promise<void> {
    const layout = this.layouts[table];
    const ok = layout.columns.map((c) => cellOk(c, layout.rules[c], layout.kinds[c])).join("\n AND ");
    const result = await this.connection.stream(`SELECT * FROM ${layout.view} WHERE NOT COALESCE(${ok}, false) ORDER BY r`);
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      for (const values of chunk.getRows()) await this.parse(layout, values);
    }
    if (layout.ragged) {
      const {row, fields} = layout.ragged;
      parseRow(new Array<string>(fields).fill(""), layout.columns, layout.rules, layout.file, row, await this.line(table, row));
    }
  }

  /** A row fetched from a view, checked by the build's parseRow (which throws for a bad row). */
  private async parse<T>(layout: Layout, values: DuckDBValue[]): Promise<ParsedRow<T>> {
    const r = Number(values[0]);
    return parseRow<string, T>(values.slice(1).map(cellText), layout.columns, layout.rules, layout.file, r, await this.line(layout.table, r));
  }

  private async row<T>(table: Table, r: number): Promise<ParsedRow<T>> {
    return (await this.rows<T>(table, [r]))[0];
  }

  /** Rows by number, in file order, in one scan. */
  private async rows<T>(table: Table, rs: readonly number[]): Promise<ParsedRow<T>[]> {
    if (rs.length === 0) return [];
    const layout = this.layouts[table];
    const found = (await this.connection.runAndReadAll(`SELECT * FROM ${layout.view} WHERE r IN (${rs.join(", ")}) ORDER BY r`)).getRows();
    const out: ParsedRow<T>[] = [];
    for (const values of found) out.push(await this.parse<T>(layout, values));
    return out;
  }

  /** The line a row starts on, as the build counts it: one per row, plus the line breaks inside the cells of earlier rows. */
  private async line(table: Table, r: number): Promise<number> {
    if (!this.lines.has(table)) {
      const layout = this.layouts[table];
      const breaks = layout.columns.filter((c) => layout.kinds[c] === "text").map((c) => `(length(${c}) - length(replace(${c}, chr(10), '')))`).join(" + ");
      const rows = (await this.connection.runAndReadAll(`SELECT r, n FROM (SELECT r, ${breaks} AS n FROM ${layout.view}) WHERE n > 0 ORDER BY r`)).getRows();
      const before: number[] = [];
      rows.forEach(([, n], k) => before.push((before[k - 1] ?? 0) + Number(n)));
      this.lines.set(table, {rows: rows.map(([row]) => Number(row)), before});
    }
    const {rows, before} = this.lines.get(table)!;
    let k = 0;
    while (k < rows.length && rows[k] < r) ++k;
    return r + 1 + (k > 0 ? before[k - 1] : 0);
  }

  /** The first row (file order) that a query returns as (r, other), or null. */
  private async first(sql: string): Promise<[number, number] | null> {
    const rows = (await this.connection.runAndReadAll(sql)).getRows();
    return rows.length === 0 ? null : [Number(rows[0][0]), Number(rows[0][1])];
  }

  /** Per patient in file order: a repeated id, then the checks within the row (validateCohort's first loop). */
  private async checkPatients(): Promise<void> {
    const p = this.layouts.patients;
    const {file, view} = p;
    const duplicate = await this.first(
      `WITH d AS (SELECT id, min(r) AS first FROM ${view} GROUP BY id HAVING count(*) > 1)
       SELECT c.r, d.first FROM ${view} c JOIN d ON c.id = d.id WHERE c.r > d.first ORDER BY c.r LIMIT 1`
    );
    const v = (c: string) => num(p, c);
    const broken = await this.first(
      `SELECT r, 0 FROM ${view} WHERE
         (${v("ttp_months")} IS NULL) <> (${v("ttp_event")} IS NULL)
         OR (${v("tttf_months")} IS NULL) <> (${v("tttf_event")} IS NULL)
         OR (${v("symptom_relief")} = 1 AND ${v("symptom_relief_months")} IS NULL)
         OR (COALESCE(${v("symptom_relief")}, -1) <> 1 AND ${v("symptom_relief_months")} IS NOT NULL)
         OR ${v("procedures_initial_cycle")} > ${v("procedures_total")}
       ORDER BY r LIMIT 1`
    );
    if (duplicate && (!broken || duplicate[0] <= broken[0])) {
      throw duplicateIdError(await this.row<Patient>("patients", duplicate[0]), await this.row<Patient>("patients", duplicate[1]), file);
    }
    if (broken) {
      checkPatientRules(await this.row<Patient>("patients", broken[0]), file);
      throw new Error(`${file} row ${broken[0]}: SQL found a broken row that checkPatientRules accepts`);
    }
  }

  /**
   * Per procedure in file order: an unknown patient, then a repeated (patient,
   * index); then each patient's count of procedures. One grouping of the
   * procedures by patient and one join with the patients say whether any of
   * the three occurs; only a rule that fails is searched for its first row.
   */
  private async checkProcedures(): Promise<void> {
    const [p, q] = [this.layouts.patients, this.layouts.procedures];
    const index = num(q, "procedure_index");
    const [unknowns, repeats, mismatches] = (
      await this.connection.runAndReadAll(
        `WITH k AS (SELECT patient_id, count(*) AS m FROM ${q.view} GROUP BY patient_id, ${index}),
              c AS (SELECT patient_id, sum(m) AS n, max(m) AS most FROM k GROUP BY patient_id)
         SELECT count(*) FILTER (WHERE p.id IS NULL), count(*) FILTER (WHERE c.most > 1),
                count(*) FILTER (WHERE p.id IS NOT NULL AND COALESCE(c.n, 0) <> ${num(p, "procedures_total")})
         FROM (SELECT id, procedures_total FROM ${p.view}) p FULL JOIN c ON c.patient_id = p.id`
      )
    ).getRows()[0].map(Number);
    const unknown =
      unknowns === 0
        ? null
        : await this.first(`SELECT q.r, 0 FROM ${q.view} q LEFT JOIN (SELECT DISTINCT id FROM ${p.view}) p ON p.id = q.patient_id WHERE p.id IS NULL ORDER BY q.r LIMIT 1`);
    const duplicate =
      repeats === 0
        ? null
        : await this.first(
            `WITH k AS (SELECT r, patient_id, ${index} AS i FROM ${q.view}),
                  d AS (SELECT patient_id, i, min(r) AS first FROM k GROUP BY patient_id, i HAVING count(*) > 1)
             SELECT k.r, d.first FROM k JOIN d ON k.patient_id = d.patient_id AND k.i = d.i WHERE k.r > d.first ORDER BY k.r LIMIT 1`
          );
    if (unknown && (!duplicate || unknown[0] <= duplicate[0])) throw unknownPatientError(await this.row<Procedure>("procedures", unknown[0]), q.file, p.file);
    if (duplicate) throw duplicateProcedureError(await this.row<Procedure>("procedures", duplicate[0]), await this.row<Procedure>("procedures", duplicate[1]), q.file);
    if (mismatches === 0) return;
    const mismatch = await this.first(
      `SELECT p.r, COALESCE(c.n, 0) FROM ${p.view} p LEFT JOIN (SELECT patient_id, count(*) AS n FROM ${q.view} GROUP BY patient_id) c ON c.patient_id = p.id
       WHERE COALESCE(c.n, 0) <> ${num(p, "procedures_total")} ORDER BY p.r LIMIT 1`
    );
    if (mismatch) throw procedureCountError(await this.row<Patient>("patients", mismatch[0]), mismatch[1], p.file, q.file);
  }

  /**
   * checkDefinitions' result: each definition's count from SQL, its examples
   * from checkDefinitions itself on the rows that SQL finds among the first
   * few breaking each definition (with their first early death).
   */
  private async definitions(): Promise<DefinitionCheck[]> {
    const [p, q] = [this.layouts.patients, this.layouts.procedures];
    const v = (c: string) => num(p, c);
    const died = `SELECT patient_id, min(r) AS r FROM ${q.view} WHERE ${num(q, "died_within_30_days")} = 1 GROUP BY patient_id`;
    const breaches = [
      `${v("ttp_months")} > ${v("os_months")}`,
      `response_1mo IN ('regression', 'stabilization') AND ${v("ttp_months")} IS NOT NULL AND ${v("ttp_months")} + 1 > ${v("os_months")} + CAST(1e-9 AS DOUBLE)`,
      `${v("tttf_months")} > ${v("os_months")}`,
      `${v("ttp_months")} > ${v("tttf_months")}`,
      `${v("os_event")} = 0 AND died.r IS NOT NULL`,
      `${v("retreated")} <> CASE WHEN ${v("procedures_total")} > ${v("procedures_initial_cycle")} THEN 1 ELSE 0 END`
    ];
    // One scan keeps the breaking patients (few, in a valid cohort); counts and examples come from them.
    const flags = breaches.map((b, k) => `COALESCE(${b}, false) AS b${k}`);
    await this.connection.run(
      `CREATE TEMP TABLE breaches AS SELECT * FROM (SELECT p.r, ${flags.join(", ")} FROM ${p.view} p LEFT JOIN (${died}) died ON died.patient_id = p.id) WHERE ${breaches.map((_, k) => `b${k}`).join(" OR ")}`
    );
    const counts = (await this.connection.runAndReadAll(`SELECT ${breaches.map((_, k) => `count(*) FILTER (WHERE b${k})`).join(", ")} FROM breaches`)).getRows()[0].map(Number);
    const examples = breaches.map((_, k) => `(SELECT r FROM breaches WHERE b${k} ORDER BY r LIMIT ${MAX_EXAMPLES})`).join(" UNION ");
    const rows = (await this.connection.runAndReadAll(`SELECT DISTINCT r FROM (${examples}) ORDER BY r`)).getRows().map(([r]) => Number(r));
    const patients = await this.rows<Patient>("patients", rows);
    const ids = patients.map((x) => x.value.id);
    const deaths = ids.length === 0 ? [] : (await this.connection.runAndReadAll(`SELECT r FROM (${died}) WHERE patient_id IN (${list(ids)}) ORDER BY r`)).getRows();
    const procedures = await this.rows<Procedure>("procedures", deaths.map(([r]) => Number(r)));
    return checkDefinitions(patients, procedures, {patients: p.file, procedures: q.file}).map((check, k) => ({...check, count: counts[k]}));
  }
}

/** A cell as the build reads it: a CSV's text, or a Parquet value as the CSV it prints as (both validators use it). */
export function cellText(value: DuckDBValue): string {
  if (value === null) return "";
  if (typeof value === "number") return formatCell(value);
  return String(value);
}
