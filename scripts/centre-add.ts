// A platform operator adds a centre, with its platform credentials and its first admin:
//   npm run centre:add -- --slug lyon --name "Atelier Lyon" --url https://rma.example/api/ \
//     --client-id lyon-client --admin-email chef@lyon.fr --admin-name "Chef d'atelier"
// The client secret, then the admin's password, are asked at the terminal (or read, one a line, from
// standard input); never arguments. The secret is sealed under ATELIER_SECRET_KEY and never printed.
import { parseArgs } from "node:util";
import { centreDatabase, mainDb, prepareDatabase } from "@/lib/tenancy/databases";
import { config } from "@/lib/config/env";
import { addCentre, centreInput } from "@/lib/tenancy/registry";
import { createUser, createUserInput } from "@/lib/users/create-user";
import { cliContext, readSecret, run } from "./lib/terminal";

const problems = (issues: Array<{ path: PropertyKey[]; message: string }>, names: Record<string, string>) =>
  issues.map((i) => `${names[String(i.path[0])] ?? String(i.path[0])} : ${i.message}`).join("\n");

run(async () => {
  const { values } = parseArgs({
    options: {
      slug: { type: "string" },
      name: { type: "string" },
      url: { type: "string" },
      "client-id": { type: "string" },
      "admin-email": { type: "string" },
      "admin-name": { type: "string" },
    },
  });
  if (!config().secretKeys.current) throw new Error("ATELIER_SECRET_KEY est requis (au moins 32 caractères) : il scelle le secret du centre.");
  const clientSecret = await readSecret("Secret client de la plateforme");
  const centre = centreInput.safeParse({ slug: values.slug, name: values.name, baseUrl: values.url, clientId: values["client-id"], clientSecret });
  if (!centre.success) throw new Error(problems(centre.error.issues, { slug: "--slug", name: "--name", baseUrl: "--url", clientId: "--client-id", clientSecret: "secret client" }));
  const password = await readSecret(`Mot de passe de ${values["admin-email"] ?? "l'admin"}`);
  const admin = createUserInput.safeParse({ email: values["admin-email"], name: values["admin-name"] ?? values["admin-email"], role: "admin", password });
  if (!admin.success) throw new Error(problems(admin.error.issues, { email: "--admin-email", name: "--admin-name", password: "mot de passe" }));

  await prepareDatabase();
  const row = await addCentre(mainDb(), centre.data, config().secretKeys.current);
  // Its own database (schema or file), migrated, then its first admin in it.
  await createUser({ ctx: cliContext(await centreDatabase(row.id), row.id), input: admin.data });
  console.log(`Centre ajouté : ${row.slug} (${row.name}), n° ${row.id}, plateforme ${new URL(row.baseUrl).host} ; admin ${admin.data.email}.`);
  console.log("Les serveurs en marche le prennent en compte à leur prochaine synchronisation.");
});
