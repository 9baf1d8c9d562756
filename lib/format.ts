// Dates for display, in French, with the platform's own Intl (no date library in the browser bundle).
const dateTime = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });

export const formatDateTime = (value: Date) => dateTime.format(value);
const date = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "short", year: "numeric" });
export const formatDate = (value: Date) => date.format(value);

/** The year in Paris, which numbers documents (quotes, supplier orders) per year. */
export const parisYear = (at: Date) => Number(new Intl.DateTimeFormat("fr-FR", { year: "numeric", timeZone: "Europe/Paris" }).format(at));
