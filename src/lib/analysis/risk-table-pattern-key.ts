// The one key of a risk-table pattern (arm × primary tumour × hormonal activity
// × extrahepatic disease): the published columns index their patterns by it,
// the weighted rows label theirs with it, and MIN_CELL suppresses by it, so a
// pattern is the same pattern in all three.

/** The columns that make a pattern, as loose as a loader's rows type them. */
export interface PatternColumns {
  arm: string;
  primary_tumor: string;
  hormonally_active: number;
  extrahepatic_disease: number;
}

/** `arm|primary_tumor|hormonally_active|extrahepatic_disease`: equal for rows of one pattern, whatever else they hold. */
export function riskTablePatternKey(p: PatternColumns): string {
  return `${p.arm}|${p.primary_tumor}|${p.hormonally_active}|${p.extrahepatic_disease}`;
}
