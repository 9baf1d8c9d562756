// `npm run dev` / `npm start`: Next.js alone when RMA_API_BASE_URL is set, otherwise Next.js and the
// embedded simulator together, in one terminal, stopped together by one Ctrl-C.
import concurrently from "concurrently";
import { delimiter, resolve } from "node:path";
import { SERVER_NODE_FLAGS } from "./server-node-flags.mjs";

// Also when started as `node scripts/run-with-simulator.mjs` rather than through npm.
process.env.PATH = `${resolve("node_modules/.bin")}${delimiter}${process.env.PATH ?? ""}`;

const mode = process.argv[2] === "start" ? "start" : "dev";
// `exec` and `node --import tsx`: one process per command, no shell in between, so a signal reaches it.
// In production, Next.js runs behind scripts/serve.mjs, which passes on the TCP peer's address.
const app = { command: mode === "start" ? `exec node ${SERVER_NODE_FLAGS.join(" ")} scripts/serve.mjs` : "exec next dev", name: "atelier", prefixColor: "blue" };
const commands = process.env.RMA_API_BASE_URL
  ? [app]
  : [{ command: "exec node --import tsx simulator/main.ts", name: "simulateur", prefixColor: "magenta" }, app];

const { result, commands: running } = concurrently(commands, { killOthersOn: ["failure", "success"], prefix: "name" });
// A signal to this process alone (not to the whole terminal group) must stop both children too.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => running.forEach((command) => command.kill(signal)));
}
result.then(
  () => process.exit(0),
  () => process.exit(1),
);
