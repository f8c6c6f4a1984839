// The statistical conventions a reader switches for the whole site (CI type,
// level, the test's rho and strata) and the defaults of a fresh visit, in one
// place for the pages (components/conventions.ts keeps them in the URL and the
// browser) and for the build, which precomputes a page's statistics under
// exactly these defaults.
import type {ConfType} from "../survival/index.js";
import type {GroupBy} from "./group-columns.js";

/** The test between curves: survdiff's rho (0 log-rank, 1 Peto–Peto, any other value G-rho) and the column it is stratified by, or null. */
export interface TestChoice {
  rho: number;
  strata: GroupBy | null;
}

export interface Conventions extends TestChoice {
  confType: ConfType;
  confLevel: number;
}

export const DEFAULT_TEST: TestChoice = {rho: 0, strata: null};

export const DEFAULT_CONVENTIONS: Conventions = {confType: "log", confLevel: 0.95, ...DEFAULT_TEST};

export const isDefaultTest = ({rho, strata}: TestChoice): boolean => rho === DEFAULT_TEST.rho && strata === DEFAULT_TEST.strata;

export const isDefaultConventions = (c: Conventions): boolean => isDefaultTest(c) && c.confType === DEFAULT_CONVENTIONS.confType && c.confLevel === DEFAULT_CONVENTIONS.confLevel;
