import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

// The layers (docs/architecture.md): only the reads (lib/data), the database module itself and the
// write path open the database; nothing in components/ or lib/ reaches up into app/.
const WRITE_PATH = ["lib/ledger/**", "lib/commands/**", "lib/agreement/**", "lib/seed/**", "lib/auth/**"];
const DATABASE_USERS = ["lib/data/**", "lib/db/**", ...WRITE_PATH, "lib/testing/**"];

const noDatabase = {
  group: ["@/lib/db", "@/lib/db/*", "**/db", "**/db/*"],
  message: "Read through lib/data, or write through lib/commands: only they, lib/db and the write path open the database.",
};
const noApp = {
  group: ["@/app", "@/app/**", "**/../app", "**/../app/**"],
  message: "components/ and lib/ never import from app/: take the action or type as a prop, or move it down into lib/.",
};

const nextLink = {
  name: "next/link",
  message: "Import Link from @/components/ui/link: it prefetches when a reader points at a link, not when the link is drawn (decision 0017).",
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    ignores: ["node_modules/**", ".next/**", "lib/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [noDatabase], paths: [nextLink] }] },
  },
  {
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: DATABASE_USERS,
    rules: { "no-restricted-imports": ["error", { patterns: [noDatabase, noApp], paths: [nextLink] }] },
  },
  {
    files: ["components/ui/link.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [noDatabase, noApp] }] },
  },
  {
    files: DATABASE_USERS,
    rules: { "no-restricted-imports": ["error", { patterns: [noApp] }] },
  },
];

export default config;
