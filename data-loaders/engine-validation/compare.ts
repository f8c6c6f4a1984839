// Agreement of engine output with an R reference value, walked the way
// tests/survival/expect-close.ts walks it: numbers by relative difference,
// null (R's NA/NaN) against null or NaN, labels and flags by equality, arrays
// and typed arrays element by element, objects over R's keys. Group labels and
// term names are identifiers, not values: they must be equal and are not counted.
import type {EngineFunction, Row} from "./types.js";

/** A structural disagreement with R: a missing value, label or length that differs. */
export class EngineValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EngineValidationError";
  }
}

/** |ours − R| / max(1, |R|); 0 for identical values (including equal infinities). */
export function relativeDifference(ours: number, r: number): number {
  if (ours === r) return 0;
  if (!Number.isFinite(ours) || !Number.isFinite(r)) return Infinity;
  return Math.abs(ours - r) / Math.max(1, Math.abs(r));
}

const LABEL_KEYS = new Set(["group", "groups", "terms"]);

/** A group label, or a list of group labels or term names (not a list of per-group results). */
const isLabel = (key: string, value: unknown) =>
  LABEL_KEYS.has(key) && (Array.isArray(value) ? value.every((v) => v === null || typeof v !== "object") : value === null || typeof value !== "object");

const isMissing = (v: unknown) => v === null || v === undefined || (typeof v === "number" && Number.isNaN(v));
const show = (v: unknown) => (typeof v === "string" ? JSON.stringify(v) : String(v));

/** Accumulates the cases and values of one engine function against its fixtures. */
export class Comparison {
  cases = 0;
  values = 0;
  maxRelativeDifference = 0;

  constructor(readonly fn: EngineFunction, readonly rCall: string, readonly tolerance: number) {}

  /** Compares one reference case; throws EngineValidationError naming the fixture file and case on a structural disagreement. */
  check(file: string, label: string, ours: unknown, r: unknown): void {
    this.cases += 1;
    this.walk(ours, r, (path, message) => new EngineValidationError(`${this.fn}: tests/fixtures/${file}, case ${label}: ${path} ${message}`), "result");
  }

  row(): Row {
    const {fn, rCall, cases, values, maxRelativeDifference, tolerance} = this;
    return {function: fn, rCall, cases, values, maxRelativeDifference, tolerance};
  }

  private walk(ours: unknown, r: unknown, fail: (path: string, message: string) => Error, path: string): void {
    if (r === null || r === undefined) {
      if (!isMissing(ours)) throw fail(path, `is ${show(ours)}, R has NA`);
      this.values += 1;
      return;
    }
    if (typeof r === "number") {
      if (typeof ours !== "number" || Number.isNaN(ours)) throw fail(path, `is ${show(ours)}, R has ${r}`);
      this.values += 1;
      this.maxRelativeDifference = Math.max(this.maxRelativeDifference, relativeDifference(ours, r));
      return;
    }
    if (typeof r === "string" || typeof r === "boolean") {
      if (ours !== r) throw fail(path, `is ${show(ours)}, R has ${show(r)}`);
      return;
    }
    if (Array.isArray(r)) {
      const list = ours as ArrayLike<unknown> | null | undefined;
      if (list === null || typeof list !== "object" || list.length !== r.length) throw fail(path, `has length ${list?.length}, R has ${r.length}`);
      for (let i = 0; i < r.length; ++i) this.walk(list[i], r[i], fail, `${path}[${i}]`);
      return;
    }
    if (ours === null || typeof ours !== "object") throw fail(path, `is ${show(ours)}, R has an object`);
    for (const [key, value] of Object.entries(r as Record<string, unknown>)) {
      const mine = (ours as Record<string, unknown>)[key];
      if (isLabel(key, value)) {
        if (JSON.stringify(mine) !== JSON.stringify(value)) throw fail(`${path}.${key}`, `is ${JSON.stringify(mine)}, R has ${JSON.stringify(value)}`);
        continue;
      }
      this.walk(mine, value, fail, `${path}.${key}`);
    }
  }
}
