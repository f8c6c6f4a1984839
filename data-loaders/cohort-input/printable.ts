// Characters that do not show as themselves: controls (which a terminal may
// obey), format characters (bidi overrides that reorder text, zero-width
// characters that hide it), line and paragraph separators, private-use,
// surrogate and unassigned code points. Ids may not hold them, and messages
// escape them.

/** Unicode general categories Cc, Cf, Zl, Zp, Co, Cs and Cn. */
export const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Cn}]/u;

/** "U+001B", "U+1D173": the code point at the start of `s`. */
export function codePoint(s: string): string {
  return `U+${s.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}
