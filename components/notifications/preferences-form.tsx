"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { savePreferencesAction } from "@/lib/actions/notifications";
import { useHydrated } from "@/lib/client/use-hydrated";
import { fr } from "@/lib/i18n/fr";

const t = fr.notifications;

/** Per type of event: in the app, by e-mail, or both. */
export function PreferencesForm({ initial }: { initial: Record<string, string> }) {
  const [channels, setChannels] = useState(initial);
  const [pending, startTransition] = useTransition();
  const ready = useHydrated();
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await savePreferencesAction({ channels: channels as never });
          if (result.ok) toast.success(t.prefsSaved);
          else toast.error(result.error.message);
        });
      }}
    >
      {Object.entries(t.types).map(([type, label]) => (
        <fieldset key={type} className="flex flex-wrap items-center gap-3">
          <legend className="mb-1 w-full text-sm font-medium">{label}</legend>
          {Object.entries(t.channels).map(([channel, channelLabel]) => (
            <label key={channel} className="touch-target inline-flex items-center gap-2 text-sm">
              <input type="radio" className="h-5 w-5" name={`channel-${type}`} value={channel} checked={channels[type] === channel} onChange={() => setChannels({ ...channels, [type]: channel })} />
              {channelLabel}
            </label>
          ))}
        </fieldset>
      ))}
      <button type="submit" className="btn-primary min-h-11" disabled={pending || !ready}>{t.prefsSave}</button>
    </form>
  );
}
