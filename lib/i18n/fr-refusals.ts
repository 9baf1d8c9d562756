// What Atelier refuses to send before the platform would (the document's rules on accept, refuse and status), in French.

export const frRefusals = {
  only_at_rmad: () => "Un dossier ne s'accepte ou ne se refuse qu'au statut RMAD (en attente du partenaire).",
  accept_first: () => "La plateforme refuse tout statut avant l'acceptation du dossier : acceptez-le d'abord.",
  status_hidden: (code: string) => `Le statut ${code} ne s'envoie pas sur ce dossier (produit à détruire).`,
} as Record<"only_at_rmad" | "accept_first" | "status_hidden", (code: string) => string>;
