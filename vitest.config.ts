import {defineConfig} from "vitest/config";

// Three stages: unit tests need nothing built; dist and browser tests run
// against the output of `npm run build`.
export default defineConfig({
  test: {
    projects: [
      {test: {name: "unit", include: ["tests/**/*.test.ts"], exclude: ["tests/browser/**", "tests/dist/**"], testTimeout: 60_000}},
      // Dist tests build the site, and builds share one loader cache: one file at a time.
      {test: {name: "dist", include: ["tests/dist/**/*.test.ts"], testTimeout: 120_000, fileParallelism: false}},
      {test: {name: "browser", include: ["tests/browser/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false}}
    ]
  }
});
