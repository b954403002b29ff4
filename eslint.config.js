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
  ...["article", "quiz", "db", "api"].map((layer) => ({
    files: [`packages/${layer}/**/*.ts`],
    rules: { "no-restricted-imports": ["error", { patterns: forbidAbove(layer) }] },
  })),
);
