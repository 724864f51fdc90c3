/**
 * The layout's rules, checked by `npm run lint` (dependency-cruiser, type-only imports included).
 * Layers, from the inside out: domain (reports, routing, documents, security, content) → storage,
 * delivery, flows → bot (grammY wiring) → app/main. An import may only point inwards.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: "no-cycles", severity: "error", comment: "No module cycle, type-only imports included.", from: {}, to: { circular: true } },
    {
      name: "domain-free-of-frameworks",
      severity: "error",
      comment: "Domain logic knows neither Telegram nor MongoDB.",
      from: { path: "^src/(reports|routing|documents|security|privacy|emergency|lockscreen|cases|stats|content-site|documentation)/" },
      to: { path: "node_modules/(grammy|@grammyjs|mongodb)/" },
    },
    {
      name: "inner-layers-do-not-climb-to-bot",
      severity: "error",
      comment: "Flows, storage, delivery, domain and content never import the bot wiring.",
      from: {
        path: "^src/(flows|storage|delivery|reports|routing|documents|security|privacy|content|config|jobs|shared|rights|telegram|emergency|lockscreen|cases|stats|content-site|documentation|serve|ops)/",
      },
      to: { path: "^src/bot/" },
    },
    {
      name: "nothing-imports-the-app",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/main\\.ts$" },
      to: { path: "^src/(app|main)\\.ts$" },
    },
    {
      name: "playground-runs-the-bot-unchanged",
      severity: "error",
      comment: "The playground starts the real process (npm start); it never imports the app's code, nor the tests'.",
      from: { path: "^playground/" },
      to: { path: "^(src|test|bench|scripts)/" },
    },
    {
      name: "src-does-not-import-tests",
      severity: "error",
      comment: "The app knows neither its tests, benchmarks and scripts nor the playground that runs it against a stand-in.",
      from: { path: "^src/" },
      to: { path: "^(test|bench|scripts|playground)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
      extensions: [".ts", ".js"],
    },
  },
};
