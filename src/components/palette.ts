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
