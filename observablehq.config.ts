// Site configuration. Everything the site needs is served from node_modules and
// src/: no CDN, no Google Fonts, so the build works offline.
import {fontFaceCss} from "./scripts/self-hosted-fonts.js";

export default {
  root: "src",
  // scripts/build-site.ts builds into a staging directory and publishes it only on success.
  output: process.env.SITE_OUTPUT ?? "dist",
  title: "Embolization of NET liver metastases: a reanalysis",
  globalStylesheets: ["observablehq:stdlib/inputs.css"],
  style: "style.css",
  // An empty icon stops the browser asking for /favicon.ico. Framework's page
  // template has no language and forbids pinch zoom (maximum-scale=1); the
  // script, parsed right after that template's <meta>, gives screen readers
  // the language and phones their zoom back.
  head:
    '<link rel="icon" href="data:,">' +
    // The site's faces, copied into dist/_fonts by scripts/build-site.ts.
    `<style>${fontFaceCss()}</style>` +
    '<script>document.documentElement.lang = "en"; document.querySelector(\'meta[name="viewport"]\').content = "width=device-width, initial-scale=1";</script>',
  pages: [
    {name: "Overview", path: "/"},
    {name: "Cohort", path: "/cohort"},
    {name: "Safety", path: "/safety"},
    {name: "Response", path: "/response"},
    {name: "Progression", path: "/progression"},
    {name: "Survival", path: "/survival"},
    {name: "Explore", path: "/explore"},
    {name: "Trial design", path: "/trial-design"},
    {name: "Reproduction", path: "/reproduction"},
    {name: "Methods", path: "/methods"}
  ],
  sidebar: true,
  search: false,
  footer: "Reanalysis of a retrospective study (JVIR, July 2007). Built with Observable Framework."
};
