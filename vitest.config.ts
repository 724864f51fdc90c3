import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One embedded FerretDB for the whole run (or MONGODB_URI when set).
    globalSetup: ["test/helpers/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    // Two cores: more workers only fight over them.
    maxWorkers: 2,
  },
});
