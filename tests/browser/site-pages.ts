// The site's routes, read from the Framework config so a new page is tested
// as soon as it is added to the sidebar.
import config from "../../observablehq.config.js";

export interface SitePage {
  name: string;
  path: string;
}

export const sitePages: SitePage[] = config.pages.map(({name, path}) => ({name, path}));

export function slug(path: string): string {
  return path === "/" ? "index" : path.replace(/^\//, "").replace(/\//g, "-");
}
