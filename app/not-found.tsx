import Link from "next/link";
import { fr } from "@/lib/i18n/fr";

export default function NotFound() {
  return (
    <main id="contenu" className="mx-auto mt-16 max-w-lg px-4">
      <h1 className="text-2xl font-semibold">{fr.errors.notFoundTitle}</h1>
      <Link href="/" className="touch-target mt-4 inline-flex items-center text-blue-800 underline">
        {fr.errors.backHome}
      </Link>
    </main>
  );
}
