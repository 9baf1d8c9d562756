// « Données à vérifier »: what the sync set aside because it did not fit the format, in French (server only: the admin page).

export const frQuarantine = {
  title: "Données à vérifier",
  intro: "Ce que RMA Manager a envoyé sans respecter le format attendu. Les autres dossiers du même statut se synchronisent normalement ; ceux-ci gardent leur dernier état connu dans Atelier jusqu'à ce que la plateforme les envoie correctement.",
  failingTitle: "Statuts illisibles à la dernière synchronisation",
  noFailing: "Tous les statuts ont pu être lus à la dernière synchronisation.",
  quarantineTitle: "Dossiers mis de côté",
  empty: "Aucun dossier mis de côté.",
  columns: { status: "Liste (statut)", number: "Dossier", field: "Champ", reason: "Raison", seen: "Vu", raw: "Données reçues", since: "Depuis", error: "Erreur" },
  noNumber: "sans numéro lisible",
  seen: (first: string, last: string) => (first === last ? first : `du ${first} au ${last}`),
  showRaw: "Afficher le JSON reçu",
} as const;
