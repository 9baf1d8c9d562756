// Dates for display, in French.
import { format } from "date-fns";
import { fr as frLocale } from "date-fns/locale";

export const formatDateTime = (date: Date) => format(date, "d MMM yyyy 'à' HH:mm", { locale: frLocale });
export const formatDate = (date: Date) => format(date, "d MMM yyyy", { locale: frLocale });
