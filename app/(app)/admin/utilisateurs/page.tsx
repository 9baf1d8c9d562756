import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { requirePageUser } from "@/lib/auth/current-user";
import { userCentre } from "@/lib/tenancy/user-centre";
import { fr } from "@/lib/i18n/fr";
import { frAdmin } from "@/lib/i18n/fr-admin";
import { listUsers } from "@/lib/users/list-users";

export const metadata: Metadata = { title: frAdmin.title };

export default async function UsersPage() {
  const me = await requirePageUser("users:manage");
  const users = await listUsers((await userCentre(me)).db);
  return (
    <main className="space-y-8">
      <h1 className="text-2xl font-semibold">{frAdmin.title}</h1>
      <section aria-labelledby="create-user" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="create-user" className="mb-3 text-lg font-semibold">{frAdmin.createTitle}</h2>
        <CreateUserForm />
      </section>
      <table className="w-full border-collapse rounded-lg bg-white text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">{frAdmin.name}</th>
            <th scope="col" className="p-2">{frAdmin.email}</th>
            <th scope="col" className="p-2">{frAdmin.role}</th>
            <th scope="col" className="p-2">{frAdmin.status}</th>
            <th scope="col" className="p-2">{frAdmin.actions}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-slate-200 align-top" data-testid={`user-${user.email}`}>
              <td className="p-2">{user.name}{user.id === me.id && <em className="text-slate-600"> ({frAdmin.you})</em>}</td>
              <td className="p-2">{user.email}</td>
              <td className="p-2">{fr.roles[user.role]}</td>
              <td className="p-2">{user.active ? `● ${frAdmin.active}` : `○ ${frAdmin.inactive}`}</td>
              <td className="p-2">{user.id !== me.id && <UserRowActions user={user} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
