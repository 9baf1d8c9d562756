// Creates a user from the terminal (the first admin, in platform mode):
//   npm run user:add -- --email chef@atelier.fr --name "Chef d'atelier" --role admin
// The password is asked at the terminal, or read from standard input when it is not one; never an argument.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { db } from "@/db";
import { createUser, createUserInput } from "@/lib/users/create-user";

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(prompt);
      const rlWithOutput = rl as unknown as { _writeToOutput: (s: string) => void };
      rlWithOutput._writeToOutput = () => {}; // no echo
      rl.question("", (answer) => {
        process.stdout.write("\n");
        resolve(answer);
      });
    });
  const first = await ask("Mot de passe : ");
  const second = await ask("Confirmation : ");
  rl.close();
  if (first !== second) throw new Error("Les deux mots de passe diffèrent.");
  return first;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "technician" } } });
  const password = await readPassword();
  const input = createUserInput.safeParse({ email: values.email, name: values.name ?? values.email, role: values.role, password });
  if (!input.success) {
    throw new Error(input.error.issues.map((i) => `${i.path.join(".")} : ${i.message}`).join("\n"));
  }
  const system = { id: 0, email: "cli", name: "Ligne de commande", role: "admin" as const };
  const created = await createUser({ ctx: { db: db(), user: system, now: new Date() }, input: input.data });
  console.log(`Utilisateur créé : ${created.email} (${input.data.role})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
