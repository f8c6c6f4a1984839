// The tables that scroll sideways on a phone (style.css: .stat-table,
// .landmark-table and .design-table under max-width: 640px) take the keyboard
// focus there, so a keyboard can scroll them (WCAG 2.1.1; axe-core's
// scrollable-region-focusable). On a wider screen they fit, and are no tab stop.
const PHONE_QUERY = "(max-width: 640px)";
const SCROLLING_TABLES = ".stat-table, .landmark-table, .design-table";

let phone: MediaQueryList | undefined;

const follow = (table: HTMLElement) => {
  if (phone!.matches) table.tabIndex = 0;
  else table.removeAttribute("tabindex");
};

/** Makes `table` a tab stop while the screen is a phone's and it scrolls sideways; returns it. */
export function keyboardScrollable<T extends HTMLElement>(table: T): T {
  // No media queries to follow outside a browser (the unit tests' DOM).
  if (typeof matchMedia !== "function") return table;
  if (!phone) {
    phone = matchMedia(PHONE_QUERY);
    phone.addEventListener("change", () => document.querySelectorAll<HTMLElement>(SCROLLING_TABLES).forEach(follow));
  }
  follow(table);
  return table;
}
