// Codes the platform sends (flow types, statuses, document types, the quote's treatment) are read once,
// here, as the document writes them: trimmed, upper case. A platform that sends "rep" or " D " means REP
// and D; nothing further in Atelier compares them in any other form.

export const platformCode = (raw: string) => raw.trim().toUpperCase();

/** An optional code: absent or blank stays null. */
export const optionalPlatformCode = (raw: string | null | undefined) => (raw ? platformCode(raw) || null : null);
