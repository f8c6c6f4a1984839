// An Inputs control found by its own label, matched as exact text: labels hold
// characters a pattern would read as syntax ("CI for S(t)"), and a select
// elsewhere may offer an option of the same name.
import type {Locator, Page} from "playwright-core";

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The innermost form whose label reads exactly `label`. */
export function formControl(page: Page, label: string): Locator {
  return page.locator("form:not(:has(form))").filter({has: page.locator("label", {hasText: new RegExp(`^${escaped(label)}$`)})});
}
