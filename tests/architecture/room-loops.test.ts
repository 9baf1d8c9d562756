// The rooms of lib/ import one another in one direction: no loop between two rooms (commands ↔ workflows,
// dossiers ↔ outbox…), so a room can be read, tested and moved without the rest. Type imports cross freely:
// they leave nothing at run time.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const IMPORT = /^import (?!type )[^;]*?from "@\/lib\/([^/"]+)/gm;

function roomImports(): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) {
        const room = path.split("/")[1]!.replace(/\.tsx?$/, "");
        for (const [, target] of readFileSync(path, "utf8").matchAll(IMPORT)) {
          const to = target!.replace(/\.tsx?$/, "");
          if (to === room) continue;
          if (!edges.has(room)) edges.set(room, new Map());
          if (!edges.get(room)!.has(to)) edges.get(room)!.set(to, path);
        }
      }
    }
  };
  walk("lib");
  return edges;
}

/** Each loop as the files that close it: room → room (file), found by a depth-first walk. */
function loops(edges: Map<string, Map<string, string>>): string[] {
  const found: string[] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (room: string) => {
    state.set(room, "open");
    path.push(room);
    for (const [to, file] of edges.get(room) ?? []) {
      if (state.get(to) === "open") found.push([...path.slice(path.indexOf(to)), to].join(" → ") + ` (${file})`);
      else if (!state.has(to)) visit(to);
    }
    path.pop();
    state.set(room, "done");
  };
  for (const room of edges.keys()) if (!state.has(room)) visit(room);
  return found;
}

describe("the rooms of lib/", () => {
  it("import one another without a loop", () => {
    const edges = roomImports();
    expect(edges.get("submit")?.has("outbox")).toBe(true); // the walk reads the imports it should
    expect(loops(edges)).toEqual([]);
  });
});
