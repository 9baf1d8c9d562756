import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SimulatorBanner } from "@/components/layout/simulator-banner";
import { config } from "@/lib/config/env";
import { fr } from "@/lib/i18n/fr";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: fr.app.name, template: `%s · ${fr.app.name}` },
  description: fr.app.tagline,
  appleWebApp: { capable: true, title: fr.app.name },
  icons: { apple: "/icons/apple-touch-icon.png" },
};

export const viewport: Viewport = { themeColor: "#1d4ed8", width: "device-width", initialScale: 1 };

/** Read at request time: the same build may run against the simulator or the platform. */
async function SimulatorMode() {
  await connection();
  return config().mode === "simulator" ? <SimulatorBanner /> : null;
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a href="#contenu" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {fr.app.skipToContent}
        </a>
        <SimulatorMode />
        {children}
      </body>
    </html>
  );
}
