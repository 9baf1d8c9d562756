// Personal data (RGPD): the admin page, the export and the pseudonyms, in French.

export const frPrivacy = {
  pseudonym: (code: string) => `Client ${code}`,
  erasedFile: "document-efface",
  title: "Données personnelles",
  intro:
    "Retrouvez ce qu'Atelier garde sur une personne (par e-mail, téléphone ou nom), exportez-le (droit d'accès) ou effacez-le (droit à l'effacement) : le nom devient un pseudonyme, l'e-mail, le téléphone, l'adresse et les fichiers du dossier sont supprimés ; les statuts, dates et montants restent pour les indicateurs.",
  platformNotice:
    "RMA Manager garde sa propre copie de ces dossiers : Atelier ne peut pas l'effacer. Transmettez la demande au revendeur concerné (il la relaie à revers.io).",
  retention: {
    title: "Durée de conservation",
    label: "Mois de conservation après la clôture d'un dossier",
    hint: "Passé ce délai, un traitement quotidien remplace les données personnelles du client par un pseudonyme. 36 mois par défaut.",
    save: "Enregistrer",
    saved: "Durée de conservation enregistrée.",
    invalid: "Un nombre de mois entre 1 et 120",
    lastRun: (at: string, count: number) => `Dernier passage le ${at} : ${count} dossier(s) pseudonymisé(s).`,
    never: "Le traitement n'a pas encore tourné.",
  },
  search: {
    label: "E-mail, téléphone ou nom du client",
    submit: "Rechercher",
    tooShort: "Au moins 3 caractères",
    none: "Aucune donnée trouvée pour cette personne.",
    found: (n: number) => `${n} dossier(s) trouvé(s)`,
    columns: { dossier: "Dossier", client: "Client", mail: "E-mail", phone: "Téléphone", status: "Statut", notes: "Notes", files: "Fichiers" },
    exportJson: "Exporter (JSON)",
    exportCsv: "Exporter (CSV)",
    erase: "Effacer ces données",
    confirmErase: (n: number) => `Remplacer par un pseudonyme les données personnelles de ${n} dossier(s) ? C'est définitif.`,
    erased: (n: number) => `${n} dossier(s) pseudonymisé(s).`,
    already: "déjà pseudonymisé",
  },
  backups: {
    title: "Sauvegardes",
    off: "Aucune sauvegarde programmée (BACKUP_DIR et BACKUP_EVERY). Sauvegardez avec « npm run backup ».",
    postgres: "PostgreSQL : la base se sauvegarde avec pg_dump (voir le README, « Exploitation »).",
    last: (at: string, size: string, age: string) => `Dernière sauvegarde réussie : ${at} (${size}, il y a ${age}).`,
    none: "Aucune sauvegarde réussie pour l'instant.",
    failed: (at: string, error: string) => `⚠ La dernière sauvegarde a échoué (${at}) : ${error}`,
    stale: "⚠ La dernière sauvegarde réussie date de plus de deux périodes.",
  },
  adminTitle: "Administration",
  adminIntro: "L'exploitation du centre : sauvegardes, conservation des données personnelles, et les pages d'administration.",
  csvHeader: ["dossier", "statut", "client", "e-mail", "téléphone", "adresse", "notes", "fichiers"],
};
