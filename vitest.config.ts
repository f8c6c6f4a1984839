import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {test: {name: "unit", include: ["tests/**/*.test.ts"], exclude: ["tests/browser/**"], testTimeout: 60_000}},
      {test: {name: "browser", include: ["tests/browser/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false}}
    ]
  }
});
