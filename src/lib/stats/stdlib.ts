// The @stdlib functions the engine uses, gathered in one module. The pages
// import them through stdlib-bundle.js, built from this file by
// scripts/bundle-stdlib.ts: Framework serves every npm package as its own
// module, and these eight pull in about 140 small @stdlib packages, which was
// most of a page's module requests.
export {default as gammainc} from "@stdlib/math-base-special-gammainc";
export {default as erfc} from "@stdlib/math-base-special-erfc";
export {default as normalQuantile} from "@stdlib/stats-base-dists-normal-quantile";
export {default as tCdf} from "@stdlib/stats-base-dists-t-cdf";
export {default as tQuantile} from "@stdlib/stats-base-dists-t-quantile";
export {default as betaQuantile} from "@stdlib/stats-base-dists-beta-quantile";
export {default as hypergeometricLogPmf} from "@stdlib/stats-base-dists-hypergeometric-logpmf";
export {default as factorialln} from "@stdlib/math-base-special-factorialln";
