// The guided flows' steps, in French: apart so that no other page ships them.

export const frWizard = {
  title: "Parcours guidé",
  steps: "Étapes du parcours",
  done: "fait",
  current: "étape en cours",
  todo: "à faire",
  skipped: "non nécessaire",
  chooseFlow: "Quel parcours ce dossier suit-il ?",
  nextStep: "Étape suivante",
  finished: "Parcours terminé : plus rien à envoyer sur ce dossier.",
  backToDossier: "Retour au dossier",
  returnIntro: "Envoyez l'étiquette du retour (centre vers client), puis le statut RPR avec le numéro de suivi en commentaire.",
  returnComment: "Commentaire (numéro de suivi du retour)",
  ownReport: "Ou joindre votre propre rapport (PDF)",
  refused: "Le dossier a été refusé : il ne peut plus avancer.",
  waitingQuote: "Le devis attend la réponse du revendeur : rien à faire avant son accord (VDE) ou son refus (RDE).",
  infoPending: "Une demande d'information attend la réponse du revendeur (INFREV) : le parcours peut continuer si la réponse n'est pas nécessaire.",
} as const;
