// Creates a user from the terminal (the first admin, in platform mode):
//   npm run user:add -- --email chef@atelier.fr --name "Chef d'atelier" --role admin [--centre lyon]
// The password is asked at the terminal, or read from standard input when it is not one; never an argument.
import { parseArgs } from "node:util";
import { centreDatabase, mainDb } from "@/lib/tenancy/databases";
import { listCentres } from "@/lib/tenancy/registry";
import { createUser, createUserInput } from "@/lib/users/create-user";
import { cliContext, readSecret, run } from "./lib/terminal";

/** Without --name: "chef.atelier@centre.fr" → "Chef Atelier", a name the form's rule accepts. */
const nameFrom = (email: string) =>
  email
    .split("@")[0]!
    .split(/[._+-]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}']/gu, ""))
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(" ") || "Utilisateur";

run(async () => {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "technician" }, centre: { type: "string" } } });
  // Without --centre: the environment's centre, as before there were several.
  const row = values.centre ? (await listCentres(mainDb())).find((c) => c.slug === values.centre) : undefined;
  if (values.centre && !row) throw new Error(`Aucun centre « ${values.centre} » (npm run centre:add).`);
  const centreId = row?.id ?? 0;
  const password = await readSecret("Mot de passe");
  const input = createUserInput.safeParse({ email: values.email, name: values.name ?? nameFrom(values.email ?? ""), role: values.role, password });
  if (!input.success) throw new Error(input.error.issues.map((i) => `${i.path.join(".")} : ${i.message}`).join("\n"));
  const created = await createUser({ ctx: cliContext(await centreDatabase(centreId), centreId), input: input.data });
  console.log(`Utilisateur créé : ${created.email} (${input.data.role})${row ? ` dans le centre ${row.slug}` : ""}`);
});
