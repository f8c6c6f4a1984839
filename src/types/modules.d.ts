// Packages the site imports that ship no type declarations.
declare module "@observablehq/inputs";

