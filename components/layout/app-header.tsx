import Link from "next/link";
import { signOutAction } from "@/app/connexion/actions";
import type { SessionUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";
import { fr } from "@/lib/i18n/fr";

const LINKS: Array<{ href: string; label: string; permission: Permission }> = [
  { href: "/", label: fr.nav.home, permission: "dossiers:read" },
  { href: "/admin/utilisateurs", label: fr.nav.users, permission: "users:manage" },
];

export function AppHeader({ user }: { user: SessionUser }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-4 py-2">
        <Link href="/" className="text-lg font-semibold text-blue-800">
          {fr.app.name}
        </Link>
        <nav aria-label={fr.nav.label} className="flex-1">
          <ul className="flex flex-wrap gap-1">
            {LINKS.filter((link) => can(user.role, link.permission)).map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="rounded px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <span className="text-sm text-slate-700" data-testid="signed-in-user">
          {fr.nav.signedInAs(user.name, fr.roles[user.role] ?? user.role)}
        </span>
        <form action={signOutAction}>
          <button type="submit" className="btn-secondary">
            {fr.nav.signOut}
          </button>
        </form>
      </div>
    </header>
  );
}
