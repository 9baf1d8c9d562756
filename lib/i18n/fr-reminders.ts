// Quotes without an answer: the list, the reminder sent to the reseller, the validity, in French.

export const frReminders = {
  title: (days: number) => `Devis sans réponse depuis plus de ${days} jours`,
  none: "Aucun devis en attente de réponse depuis trop longtemps.",
  remind: (n: string) => `Relancer le revendeur pour ${n}`,
  reminded: (date: string) => `Relancé le ${date}`,
  sent: "Relance envoyée au revendeur",
  validUntil: (date: string) => `valable jusqu'au ${date}`,
  expired: (date: string) => `expiré depuis le ${date}`,
  message: (quote: string, date: string) => `Bonjour, pourriez-vous nous indiquer la réponse à notre devis ${quote} envoyé le ${date} ? Merci.`,
  tile: "Devis sans réponse",
  unknownQuote: "Ce devis n'existe pas",
  answered: "Ce devis a déjà reçu une réponse",
  settings: {
    title: "Délais du suivi",
    reminderDays: "Proposer de relancer un devis sans réponse après (jours)",
    repeatDays: "Signaler un produit revenu dans les (jours) suivant son retour",
    save: "Enregistrer les délais",
    saved: "Délais du suivi enregistrés",
    reminderInvalid: "Un nombre de jours entre 1 et 90",
    repeatInvalid: "Un nombre de jours entre 1 et 365",
  },
};
