// A product's history (the other dossiers of the same serial or IMEI) and its return within N days, in French.

export const frHistory = {
  title: "Historique du produit",
  empty: "Aucun autre dossier pour ce numéro de série ou cet IMEI.",
  by: { serial: "même n° de série", imei: "même IMEI" } as Record<string, string>,
  opened: (date: string) => `ouvert le ${date}`,
  returned: (date: string) => `retourné le ${date}`,
  outcomes: { PRRE: "réparé", PRIR: "déclaré irréparable", RPLPR: "remplacé", AVRC: "solution commerciale" } as Record<string, string>,
  repeat: (days: number, n: string, outcome: string | null, date: string) => `Retour sous ${days} jours : ${n} ${outcome ?? "retourné"} le ${date}`,
};
