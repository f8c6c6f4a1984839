// Okabe–Ito colours: distinguishable with the common colour-vision
// deficiencies and readable on both the light and dark themes.
export const OKABE_ITO = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#999999"];

/** Fixed colours so an arm or tumour type looks the same on every page. */
export const GROUP_COLORS: Record<string, string> = {
  chemoembolization: "#0072B2",
  bland: "#D55E00",
  carcinoid: "#009E73",
  noncarcinoid: "#CC79A7",
  // The primary types: carcinoid as above, the others in colours no other group of their chart takes.
  "primary:carcinoid": "#009E73",
  "primary:pancreatic_islet": "#0072B2",
  "primary:gastrinoma": "#D55E00",
  "primary:other_net": "#CC79A7",
  "primary:uncharacterized": "#E69F00",
  all: "#999999"
};

export function colorFor(group: string, index: number): string {
  return GROUP_COLORS[group] ?? OKABE_ITO[index % OKABE_ITO.length];
}

/**
 * A colour per group of one chart, none shared while the palette lasts: each
 * group's fixed colour, claimed first, else the palette's colour at its index,
 * moved on to the next free one when another group of the chart has it (a
 * grouping of its own, such as "uncharacterized" beside "carcinoid", would
 * otherwise take carcinoid's green by its index).
 */
export function chartColors(groups: readonly string[]): string[] {
  const colors = new Array<string>(groups.length);
  const taken = new Set<string>();
  groups.forEach((group, i) => {
    const fixed = GROUP_COLORS[group];
    if (fixed !== undefined && !taken.has(fixed)) taken.add((colors[i] = fixed));
  });
  groups.forEach((_, i) => {
    if (colors[i] !== undefined) return;
    let k = i;
    for (let tries = 0; tries < OKABE_ITO.length && taken.has(OKABE_ITO[k % OKABE_ITO.length]); ++tries) ++k;
    taken.add((colors[i] = OKABE_ITO[k % OKABE_ITO.length]));
  });
  return colors;
}
