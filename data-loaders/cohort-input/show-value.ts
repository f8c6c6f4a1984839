// How a supplied value appears in a message. Messages reach the operator's
// terminal (build errors and warnings) and a page of the site, so a value must
// not carry characters the terminal would obey or that would reorder or hide
// the text around it, and a runaway cell must not flood the log.
import {NON_PRINTABLE} from "./printable.js";

/** Values longer than this are cut; the message says how long they were. */
export const MAX_SHOWN = 64;

const HIDDEN = new RegExp(NON_PRINTABLE.source, "gu");

/** `"P01"`; `"P\u001b01"`; a long value as `"<first 64 characters>"… (100000 characters)`. */
export function showValue(raw: string): string {
  return show(raw, (s) => `"${s}"`);
}

/**
 * The same without quotes, for cells the schema has already confined to one
 * token (a valid id, a number) where quotes would only add noise.
 */
export function showUnquoted(raw: string): string {
  return show(raw, (s) => s);
}

function show(raw: string, quote: (escaped: string) => string): string {
  const characters = Array.from(raw);
  const shown = quote(escape(characters.length > MAX_SHOWN ? characters.slice(0, MAX_SHOWN).join("") : raw));
  return characters.length > MAX_SHOWN ? `${shown}… (${characters.length} characters)` : shown;
}

/** JSON's escapes (C0 controls, quote, backslash, lone surrogates) plus \uXXXX for every other character that does not show as itself. */
function escape(s: string): string {
  return JSON.stringify(s)
    .slice(1, -1)
    .replace(HIDDEN, (c) => Array.from({length: c.length}, (_, k) => `\\u${c.charCodeAt(k).toString(16).toUpperCase().padStart(4, "0")}`).join(""));
}
