// The demo's own words (simulator mode only): its accounts' names, and what its story wrote on its dossiers.

export const frDemo = {
  names: { technician: "Théo Technicien", manager: "Manon Manager", admin: "Adèle Admin" },
  notes: [
    "Client rappelé : il passera récupérer le produit en fin de semaine.",
    "Rayure sur la face avant déjà présente à la réception (photo jointe).",
    "Pièce commandée chez le fournisseur, délai annoncé 5 jours ouvrés.",
    "Test en charge OK après remplacement, à surveiller 24 h.",
    "Le revendeur demande un retour prioritaire.",
    "Numéro de série illisible sur la plaque, relevé sur la carte mère.",
    "Accessoires reçus : chargeur et câble, pas de boîte.",
    "Devis expliqué au revendeur par téléphone.",
  ],
  message: "Pouvez-vous confirmer l'adresse de retour ?",
  suppliers: [
    { name: "Pièces Express (démo)", email: "commandes@pieces-express.example", leadDays: 2 },
    { name: "Écrans Direct (démo)", email: "pro@ecrans-direct.example", leadDays: 5 },
    { name: "Batteries & Co (démo)", email: "achats@batteries-co.example", leadDays: 3 },
  ],
  parts: ["Écran complet", "Batterie", "Connecteur de charge", "Caméra arrière", "Haut-parleur", "Nappe d'alimentation", "Vitre arrière", "Bouton power", "Tiroir SIM", "Micro"],
  brands: ["Samsung", "Apple", "Xiaomi"],
  refusal: "Changement de statut non autorisé à ce stade",
  locations: {
    reception: "Zone de réception",
    shelf: (rack: string, level: number) => `Étagère ${rack}, niveau ${level}`,
    bin: "Bac des petites pièces",
  },
} as const;
