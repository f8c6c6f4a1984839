// Packages the site imports that ship no type declarations.
declare module "@observablehq/inputs";
declare module "arquero/dist/arquero.js" {
  import aq from "arquero";
  export default aq;
}
