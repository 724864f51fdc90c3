// ESLint with type-aware rules. The promise rules are the ones grammY's reliability guide asks for:
// an un-awaited promise in a handler is an update that fails silently.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      ".cache/",
      "embedded-db/",
      "coverage/",
      "docs/",
      "test-artifacts/",
      "site/",
      ".dependency-cruiser.cjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "max-len": ["error", { code: 140, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    // Tests, benchmarks and the playground's stand-in read Bot API JSON: untyped by nature. The promise rules stay on.
    files: ["test/**/*.ts", "bench/**/*.ts", "playground/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/require-await": "off",
      // Update literals need their `as Update`: without it TypeScript widens "private" to string.
      "@typescript-eslint/no-unnecessary-type-assertion": "off",
    },
  },
  { files: ["**/*.js", "**/*.cjs"], ...tseslint.configs.disableTypeChecked },
  {
    // The playground's chat page: plain scripts for the browser, no build step.
    files: ["playground/web/**/*.js"],
    languageOptions: {
      globals: Object.fromEntries(
        ["document", "localStorage", "fetch", "Option", "EventSource", "setTimeout", "clearTimeout", "btoa"].map((name) => [
          name,
          "readonly",
        ]),
      ),
    },
  },
);
