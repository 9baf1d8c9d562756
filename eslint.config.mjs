import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** Every lib/ module marked `import "server-only"`, as the "@/lib/…" path a component would import. */
function serverOnlyLibModules(dir = "lib") {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return serverOnlyLibModules(path);
    if (!/\.tsx?$/.test(entry.name) || !/^import "server-only";/m.test(readFileSync(path, "utf8"))) return [];
    return [`@/${path.replace(/\.tsx?$/, "").replace(/\/index$/, "")}`];
  });
}

// The layers, said once where a wrong import fails `npm test`: app/ → components/ → lib/ → db/.
// Types may cross (they leave nothing in the bundle); values may not.
const layer = (message, patterns, modules = [], extraPaths = []) => ({
  "@typescript-eslint/no-restricted-imports": [
    "error",
    { patterns: patterns.length ? [{ group: patterns, message, allowTypeImports: true }] : [], paths: [...modules.map((name) => ({ name, message, allowTypeImports: true })), ...extraPaths] },
  ],
});

// Tenancy, enforced where the data is reached: a page, an action or a lib/ function works on its centre's
// database (ctx.db, userCentre(user).db), never on the main one or another centre's by number.
const centreScoped = [
  {
    name: "@/lib/tenancy/databases",
    importNames: ["mainDb", "centreDatabase"],
    message: "Use the user's centre (ctx.db, userCentre(user)): only lib/tenancy opens a database by centre.",
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: layer("components/ import nothing from app/, no database module and no server-only lib/ module: pass the data in as props, and take server actions from lib/actions.", ["@/db", "@/db/*", "@/app/*", "**/app/*"], serverOnlyLibModules()),
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: layer("", [], [], centreScoped),
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/tenancy/**", "lib/auth/secret.ts"],
    rules: layer("lib/ imports nothing from app/, components/ or simulator/.", ["@/app/*", "@/components/*", "@/simulator/*", "**/app/*", "**/components/*", "**/simulator/*"], [], centreScoped),
  },
  {
    // The simulator's control client: the one room of lib/ that speaks the simulator's control contract.
    files: ["lib/simulator-control/**"],
    rules: layer("lib/ imports nothing from app/ or components/.", ["@/app/*", "@/components/*", "**/app/*", "**/components/*"], [], centreScoped),
  },
  {
    files: ["lib/tenancy/**", "lib/auth/secret.ts"],
    rules: layer("lib/ imports nothing from app/, components/ or simulator/.", ["@/app/*", "@/components/*", "@/simulator/*", "**/app/*", "**/components/*", "**/simulator/*"]),
  },
  {
    // The configuration comes in as a parameter (lib/tenancy/databases opens the database it names).
    files: ["db/**/*.ts"],
    rules: layer("db/ imports nothing from lib/, app/, components/ or simulator/: take what it needs as a parameter.", ["@/lib/*", "@/app/*", "@/components/*", "@/simulator/*", "**/lib/*", "**/app/*", "**/components/*", "**/simulator/*"]),
  },
  globalIgnores([".next/**", "node_modules/**", "data/**", ".e2e/**", ".e2e-lyon/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
