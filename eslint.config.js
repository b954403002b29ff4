// One flat config for every package. Import direction is enforced here:
// article ← quiz ← db ← api ← web (a package never imports one above it).
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

const layers = ["article", "quiz", "db", "api", "web"];
const forbidAbove = (layer) =>
  layers.slice(layers.indexOf(layer) + 1).map((name) => ({
    group: [`@newsquiz/${name}`, `@newsquiz/${name}/*`],
    message: `${layer} must not import ${name}: imports go article ← quiz ← db ← api ← web.`,
  }));

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/.next/**", "**/generated/**", "**/dist/**", "**/next-env.d.ts"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  // One env schema, checked at boot (create-t3-turbo's restrictEnvAccess): only the env modules read the
  // environment; everything else asks them, so a bad variable stops the start instead of a request.
  {
    files: ["**/*.{ts,tsx}"],
    ignores: [
      "packages/*/src/env.ts",
      // The web app's one read of Next's own build phase (NEXT_PHASE).
      "apps/web/src/env.ts",
      // Next.js needs the literal process.env.NEXT_RUNTIME to drop Node-only code from its edge bundle.
      "apps/web/src/instrumentation.ts",
      // A command-line tool: reads only INIT_CWD (where the user ran `pnpm quiz`).
      "packages/quiz/src/cli.ts",
      // Tests, test servers and tool configs set up the environment of what they start.
      "**/*.test.{ts,tsx}",
      "**/*.config.ts",
      "**/vitest.setup.ts",
      "packages/*/src/testing/**",
      "apps/web/e2e/**",
      "apps/web/bench/**",
    ],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through the package's env.ts (validated at boot), not process.env." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "ImportDeclaration[source.value=/^(node:)?process$/]", message: "Read settings through the package's env.ts (validated at boot), not node:process." },
      ],
    },
  },
  ...["article", "quiz", "db", "api"].map((layer) => ({
    files: [`packages/${layer}/**/*.ts`],
    rules: { "no-restricted-imports": ["error", { patterns: forbidAbove(layer) }] },
  })),
);
