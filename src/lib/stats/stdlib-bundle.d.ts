// Types of the generated stdlib-bundle.js (see stdlib.ts and scripts/bundle-stdlib.ts).
export * from "./stdlib.js";
