import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { requirePageUser } from "@/lib/auth/current-user";

// Signed-in area. Each page checks its own permission too: a layout is not a security boundary.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  return (
    <>
      <AppHeader user={user} />
      <div id="contenu" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </div>
    </>
  );
}
