// Every string the UI shows, in French. A second locale is a second file of the same shape.
export const fr = {
  app: {
    name: "Atelier",
    tagline: "Back-office SAV des centres de réparation",
    skipToContent: "Aller au contenu",
  },
  home: {
    title: "Atelier",
    intro:
      "Les dossiers de réparation de vos revendeurs, de la réception à la restitution, synchronisés avec RMA Manager.",
    platform: "Plateforme",
    reachable: "joignable",
    unreachable: "injoignable",
    statusesTitle: "Statuts RMA Manager",
  },
  mode: {
    simulatorTitle: "Mode simulateur.",
    simulatorBanner:
      "Atelier fonctionne sur le simulateur RMA Manager intégré, avec des données de démonstration. Aucune donnée n'est envoyée à revers.io.",
    platform: "Connecté à RMA Manager",
  },
} as const;

export type Messages = typeof fr;
