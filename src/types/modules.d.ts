// Packages the site imports that ship no type declarations.
declare module "@observablehq/inputs";

// Arquero's browser bundle: a UMD build whose default export is the package namespace.
declare module "arquero/dist/arquero.js" {
  const aq: typeof import("arquero");
  export default aq;
}
