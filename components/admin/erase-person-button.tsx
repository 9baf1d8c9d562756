"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { erasePersonAction } from "@/lib/actions/privacy";
import { frPrivacy } from "@/lib/i18n/fr-privacy";

/** The right to erasure, for everything the search found; asked twice, since it cannot be undone. */
export function ErasePersonButton({ q, count }: { q: string; count: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="btn-danger"
      disabled={pending || count === 0}
      onClick={() => {
        if (!window.confirm(frPrivacy.search.confirmErase(count))) return;
        startTransition(async () => {
          const result = await erasePersonAction({ q });
          if (result.ok) {
            toast.success(frPrivacy.search.erased(result.data.count));
            router.refresh();
          } else toast.error(result.error.message);
        });
      }}
    >
      {frPrivacy.search.erase}
    </button>
  );
}
