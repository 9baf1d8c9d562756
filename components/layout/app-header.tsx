import Link from "next/link";
import { signOutAction } from "@/lib/actions/sign-in";
import type { SessionUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";
import { fr } from "@/lib/i18n/fr";
import { frManagers } from "@/lib/i18n/fr-managers";
import { frDeadlines } from "@/lib/i18n/fr-deadlines";
import { frIndicators } from "@/lib/i18n/fr-indicators";
import { frLocations } from "@/lib/i18n/fr-locations";
import { frShipping } from "@/lib/i18n/fr-shipping";
import { NotificationBell } from "./notification-bell";
import { SearchBox } from "./search-box";

const LINKS: Array<{ href: string; label: string; permission: Permission }> = [
  { href: "/", label: fr.nav.today, permission: "dossiers:read" },
  { href: "/dossiers", label: fr.nav.dossiers, permission: "dossiers:read" },
  { href: "/reception", label: fr.nav.reception, permission: "dossiers:write" },
  { href: "/pieces", label: fr.nav.parts, permission: "parts:work" },
  { href: "/emplacements", label: frLocations.nav, permission: "dossiers:write" },
  { href: "/expeditions", label: frShipping.nav, permission: "dossiers:write" },
  { href: "/devis", label: fr.nav.quotesNav, permission: "manager:view" },
  { href: "/retards", label: fr.nav.aging, permission: "manager:view" },
  { href: "/indicateurs", label: frIndicators.nav, permission: "manager:view" },
  { href: "/activite", label: fr.nav.activity, permission: "manager:view" },
  { href: "/admin/utilisateurs", label: fr.nav.users, permission: "users:manage" },
  { href: "/admin/tarifs", label: fr.nav.prices, permission: "prices:manage" },
  { href: "/admin/delais", label: frDeadlines.nav, permission: "deadlines:manage" },
  { href: "/admin/emplacements", label: frLocations.adminNav, permission: "locations:manage" },
  { href: "/admin/centre", label: fr.nav.centre, permission: "centre:manage" },
  { href: "/admin/donnees-a-verifier", label: fr.nav.review, permission: "platform:review" },
  { href: "/admin", label: fr.nav.admin, permission: "privacy:manage" },
];

export function AppHeader({ user, simulator, newAnswers, toReview, unread }: { user: SessionUser; simulator: boolean; newAnswers: number; toReview: number; unread: number }) {
  const links = simulator ? [...LINKS, { href: "/simulateur", label: fr.nav.simulator, permission: "dossiers:write" as const }] : LINKS;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-4 py-2">
        <Link href="/" className="touch-target inline-flex items-center text-lg font-semibold text-blue-800">
          {fr.app.name}
        </Link>
        <nav aria-label={fr.nav.label}>
          <ul className="flex flex-wrap gap-1">
            {links.filter((link) => can(user.role, link.permission)).map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="touch-target inline-flex items-center gap-1 rounded px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100">
                  {link.label}
                  {link.href === "/devis" && newAnswers > 0 && (
                    <span className="rounded-full bg-blue-700 px-1.5 text-xs font-semibold text-white" data-testid="quotes-badge">
                      {newAnswers}
                      <span className="sr-only"> {frManagers.badge(newAnswers)}</span>
                    </span>
                  )}
                  {link.href === "/admin/donnees-a-verifier" && toReview > 0 && (
                    <span className="rounded-full bg-amber-600 px-1.5 text-xs font-semibold text-white" data-testid="review-badge">
                      {toReview}
                      <span className="sr-only"> {fr.sync.quarantined(toReview)}</span>
                    </span>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchBox />
        <NotificationBell initial={unread} />
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
