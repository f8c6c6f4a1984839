// Site configuration. Everything the site needs is served from node_modules and
// src/: no CDN, no Google Fonts, so the build works offline.
export default {
  root: "src",
  // scripts/build-site.ts builds into a staging directory and publishes it only on success.
  output: process.env.SITE_OUTPUT ?? "dist",
  title: "Embolization of NET liver metastases: a reanalysis",
  globalStylesheets: ["observablehq:stdlib/inputs.css"],
  style: "style.css",
  // An empty icon stops the browser asking for /favicon.ico.
  head: '<link rel="icon" href="data:,">',
  pages: [
    {name: "Overview", path: "/"},
    {name: "Cohort", path: "/cohort"},
    {name: "Safety", path: "/safety"},
    {name: "Response", path: "/response"},
    {name: "Progression", path: "/progression"},
    {name: "Survival", path: "/survival"},
    {name: "Reproduction", path: "/reproduction"},
    {name: "Methods", path: "/methods"}
  ],
  sidebar: true,
  search: false,
  footer: "Reanalysis of a retrospective study (JVIR, July 2007). Built with Observable Framework."
};
