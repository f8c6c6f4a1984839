// One line of the benchmark table: our time against R's for the same work.
export interface BenchRow {
  name: string;
  rows: number;
  /** Median wall time of our implementation, milliseconds. */
  oursMs: number;
  /** Median elapsed time of the R equivalent, or null when Rscript is absent. */
  rMs: number | null;
  /** rMs / oursMs. */
  speedup: number | null;
  /** The goal, in words (e.g. ">= 10x faster than R"). */
  target: string;
  met: boolean | null;
  note?: string;
}
