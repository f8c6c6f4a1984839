// A confidence interval read across a line break ("(85–" / "94)") reads as two
// numbers: in table cells every parenthesised range stays on one line.
const INTERVAL = /\([^()]*?[\d%]\s?–\s?[−-]?[\d.∞][^()]*\)/g;

/** The escaped cell text with each parenthesised range ("(85–94)", "(95% CI 0.28–1.25)") wrapped in a non-breaking span. */
export function nowrapIntervals(escapedText: string): string {
  return escapedText.replace(INTERVAL, (range) => `<span class="interval">${range}</span>`);
}
