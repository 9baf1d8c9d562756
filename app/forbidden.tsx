import Link from "next/link";
import { fr } from "@/lib/i18n/fr";

export default function Forbidden() {
  return (
    <main id="contenu" className="mx-auto mt-16 max-w-lg px-4">
      <h1 className="text-2xl font-semibold">{fr.errors.forbiddenTitle}</h1>
      <p className="mt-2 text-slate-700">{fr.errors.forbiddenBody}</p>
      <Link href="/" className="touch-target mt-4 inline-flex items-center text-blue-800 underline">
        {fr.errors.backHome}
      </Link>
    </main>
  );
}
