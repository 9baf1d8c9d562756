// Dates for display, in French, with the platform's own Intl (no date library in the browser bundle).
const dateTime = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });

export const formatDateTime = (value: Date) => dateTime.format(value);
const date = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "short", year: "numeric" });
export const formatDate = (value: Date) => date.format(value);

/** The year in Paris, which numbers documents (quotes, supplier orders) per year. */
export const parisYear = (at: Date) => Number(new Intl.DateTimeFormat("fr-FR", { year: "numeric", timeZone: "Europe/Paris" }).format(at));

/** A due time as the centre reads it, in Paris whatever the server's zone: "ven. 11 déc., 10:00". */
const due = new Intl.DateTimeFormat("fr-FR", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });
export const formatDue = (value: Date) => due.format(value);
