// What the terminal commands share: secrets asked without echo at a terminal, or read line by line from
// standard input when it is not one (never an argument: arguments show in `ps` and in shell history).
import { offlineContext } from "@/lib/tenancy/offline";
import { createInterface } from "node:readline";
import type { Db } from "@/db";
import type { Ctx } from "@/lib/context";

let piped: Promise<string[]> | undefined;

async function pipedLines(): Promise<string[]> {
  piped ??= (async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/);
  })();
  return piped;
}

let nextLine = 0;

/** A secret: the next line of piped input, or typed twice without echo at a terminal. */
export async function readSecret(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) return (await pipedLines())[nextLine++] ?? "";
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(question);
      const rlWithOutput = rl as unknown as { _writeToOutput: (s: string) => void };
      rlWithOutput._writeToOutput = () => {}; // no echo
      rl.question("", (answer) => {
        process.stdout.write("\n");
        resolve(answer);
      });
    });
  const first = await ask(`${prompt} : `);
  const second = await ask("Confirmation : ");
  rl.close();
  if (first !== second) throw new Error("Les deux saisies diffèrent.");
  return first;
}

/** Stops with the message alone: never a stack, which could carry a value. */
export function run(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}

/** What a terminal command acts as, in a centre's database: an admin named for the audit log. */
export function cliContext(db: Db, centreId: number): Ctx {
  return offlineContext(db, { id: 0, email: "cli", name: "Ligne de commande", role: "admin", centreId });
}
