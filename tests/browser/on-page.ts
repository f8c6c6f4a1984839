// A kept-chart slot keeps the charts of views not shown in the document, set
// aside (src/components/set-aside.ts): a test reading what the page shows
// leaves them out.
import {SET_ASIDE} from "../../src/components/set-aside.js";

/** Appended to a selector, matches only elements on the page: none inside a chart set aside. */
export const ON_PAGE = `:not(${SET_ASIDE} *)`;
