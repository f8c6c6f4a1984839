// A group's or column's label set inside a sentence ("HR 0.59, chemoembolization
// vs bland embolization"): its capitalised words lowered, its acronyms kept, so
// "Other NET" reads "other NET" and "ECOG 0" stays as it is.

/**
 * `label` for the middle of a sentence: each word whose letters after the first are lower case, and which has one, is
 * lowered; any other word (NET, pNET, ECOG, a group called A) is kept, so groups "A" and "a" stay apart.
 */
export function inSentence(label: string): string {
  return label.replace(/\S+/g, (word) => (/^.[^A-Z]*$/u.test(word) && /[a-z]/.test(word.slice(1)) ? word.toLowerCase() : word));
}
