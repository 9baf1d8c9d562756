import type { MetadataRoute } from "next";
import { fr } from "@/lib/i18n/fr";

// Installable on a workshop tablet: opens on « Aujourd'hui », full screen, in the app's blue.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${fr.app.name} — ${fr.app.tagline}`,
    short_name: fr.app.name,
    description: fr.app.tagline,
    lang: "fr",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#1d4ed8",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
