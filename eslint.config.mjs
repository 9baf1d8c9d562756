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
const layer = (message, patterns, modules = []) => ({
  "@typescript-eslint/no-restricted-imports": [
    "error",
    { patterns: [{ group: patterns, message, allowTypeImports: true }], paths: modules.map((name) => ({ name, message, allowTypeImports: true })) },
  ],
});

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
    rules: layer("components/ import no database module and no server-only lib/ module: pass the data in as props.", ["@/db", "@/db/*"], serverOnlyLibModules()),
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: layer("lib/ imports nothing from app/, components/ or simulator/.", ["@/app/*", "@/components/*", "@/simulator/*", "**/app/*", "**/components/*", "**/simulator/*"]),
  },
  globalIgnores([".next/**", "node_modules/**", "data/**", ".e2e/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
