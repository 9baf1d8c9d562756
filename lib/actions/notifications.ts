"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/safe-action";
import { markAllRead, markRead, markReadInput, preferencesInput, savePreferences } from "@/lib/notifications/inbox";

export const markReadAction = defineAction({ name: "notifications.read", schema: markReadInput, permission: "dossiers:read", run: markRead });
export const markAllReadAction = defineAction({ name: "notifications.readAll", schema: z.object({}), permission: "dossiers:read", run: markAllRead });
export const savePreferencesAction = defineAction({ name: "notifications.preferences", schema: preferencesInput, permission: "dossiers:read", run: savePreferences });
