// What operators read, in French: configuration errors, the terminal's commands, the server's log lines,
// the refusals PUSH mode answers the platform. Not shown in the UI.

export const frOps = {
  config: {
    postgresUrl: "une adresse postgres://utilisateur:motdepasse@hôte:5432/base",
    proxies: "un nombre de relais, ou une liste d'adresses séparées par des virgules",
    secret32: "au moins 32 caractères",
    smtpUrl: "une adresse smtp:// ou smtps://",
    previousKeys: "des clés d'au moins 32 caractères, séparées par des virgules",
    platformInProduction: "requis en production ; pour une démonstration sur le simulateur, définissez ATELIER_DEMO=1",
    mailFrom: "requis quand SMTP_URL est défini",
    platformCredential: "requis quand RMA_API_BASE_URL est défini",
    platformUrl: "une adresse https://…/api/",
    platformUrlHttps: "une adresse https://…/api/ (http seulement sur cette machine : localhost, 127.0.0.1)",
    backupEvery: "une période : un nombre suivi de m, h ou d (30m, 24h, 7d)",
    atLeast16: "au moins 16 caractères",
    backupDir: "requis quand BACKUP_EVERY est défini",
  },
  backup: {
    noDir: "Indiquez où écrire la sauvegarde : BACKUP_DIR, ou un dossier après -- (npm run backup -- /chemin).",
    postgres: (dir: string) =>
      `PostgreSQL : la base (dossiers, fichiers déposés, registre des centres, secrets scellés) se sauvegarde avec les outils du moteur, pg_dump et pg_restore (voir le README, « Exploitation »). Atelier ne garde rien en dehors d'elle : rien d'autre à écrire dans ${dir}.`,
    noDatabase: (path: string) => `aucune base à sauvegarder : ${path} n'existe pas`,
    corrupt: (name: string, detail: string) => `la copie de ${name} est endommagée (${detail}) : sauvegarde abandonnée`,
    written: (file: string, bytes: string, databases: number, files: number, ms: number) =>
      `Sauvegarde écrite : ${file} (${bytes}, ${databases} base(s), ${files} fichier(s) déposé(s), vérifiée, en ${ms} ms)`,
    usageRestore: "Usage : npm run restore -- ARCHIVE [--force]",
    notEmpty: (path: string) => `${path} contient déjà des données : restauration refusée (ajoutez --force pour les remplacer)`,
    badArchive: (detail: string) => `archive refusée : ${detail}`,
    noManifest: "pas de manifeste",
    mismatch: (name: string) => `${name} ne correspond pas au manifeste`,
    missing: (name: string) => `${name} manque`,
    unexpected: (name: string) => `${name} n'est pas dans le manifeste`,
    encrypted: "l'archive est chiffrée : définissez BACKUP_KEY",
    wrongKey: "BACKUP_KEY ne l'ouvre pas, ou l'archive a été altérée",
    restored: (path: string, databases: number, dossiers: number, files: number, at: string) =>
      `Restauré dans ${path} : ${databases} base(s), ${dossiers} dossier(s), ${files} fichier(s) déposé(s), sauvegarde du ${at}`,
    scheduledFailed: (error: string) => `sauvegarde : échec (${error})`,
  },
  /** The names the journal shows for what the server does by itself. */
  actors: {
    backup: "Sauvegarde programmée",
    retention: "Conservation des données",
  },
  centres: {
    slug: "2 à 31 caractères : minuscules, chiffres, tirets",
    required: "requis",
    keyToAdd: "ATELIER_SECRET_KEY est requis pour ajouter un centre (au moins 32 caractères)",
    exists: (slug: string) => `un centre « ${slug} » existe déjà`,
    newKey: "ATELIER_SECRET_KEY (la nouvelle clé) est requis",
    unreadable: "secret scellé illisible",
    noKey: "aucune des clés ATELIER_SECRET_KEY fournies n'a scellé ce secret",
    tampered: "secret scellé altéré, ou d'un autre centre",
    noPlatform: (call: string) => `pas de plateforme dans ce contexte (${call})`,
  },
  push: {
    noSignature: "signature ou horodatage manquant",
    badSignature: "signature invalide",
    skew: "horodatage hors de la fenêtre de cinq minutes",
    replay: "push déjà reçu (rejeu)",
    stale: (n: string, status: string) => `le dossier ${n} a changé de statut (${status}) après l'envoi de ce push`,
  },
  platform: {
    credentialsRefused: "identifiants refusés par token/create : vérifiez RMA_CLIENT_ID et RMA_CLIENT_SECRET",
    nonJson: (httpStatus: number | null | undefined) => `réponse non JSON${httpStatus ? ` (HTTP ${httpStatus})` : ""}`,
    field: (field: string) => `champ ${field}`,
    quantity: "quantité entière positive attendue",
    emptyFile: "fichier vide",
  },
  cli: {
    usage: `Usage: npm run rma -- <commande> [options]
  token                                   vérifie les identifiants (n'affiche jamais le jeton)
  retrieve --status CODE                  dossiers au statut CODE (3.9)
  documents NUMERO                        documents d'un dossier (3.10), sans leur contenu
  accept NUMERO --agreement N [--file F] [--next-status CODE] [--comment T]
  refuse NUMERO --reason T
  message NUMERO --text T
  status NUMERO --code CODE [--comment T]
  tracking NUMERO --tracking-number N --carrier C --direction CLIENT_TO_CENTER|CENTER_TO_CLIENT --label F
  add-document NUMERO --file F [--type AGREEMENT|PICTURE|REPORT|OTHER]
  quotation NUMERO --quote-number N --line "libellé;quantité;prix" [--line ...] [--file F] [--comment T]`,
    unknownStatus: (code: string) => `statut inconnu : ${code}`,
    forbiddenStatus: (code: string) => `statut non autorisé : ${code}`,
    notCentreStatus: (code: string) => `statut non autorisé pour un centre : ${code}`,
  },
  log: {
    start: (simulator: boolean, where: string) => `Atelier : mode ${simulator ? "simulateur (démonstration)" : "plateforme RMA Manager"}, base de données ${where}`,
    demo: "démo :",
    syncFailed: (slug: string, count: number) => `sync${slug ? ` [${slug}]` : ""}: ${count} statut(s) en échec`,
    mailFailed: (failed: number, error: string) => `mail: ${failed} récapitulatif(s) non envoyé(s) : ${error}`,
    legacyFiles: (count: number) => `outbox: ${count} commande(s) aux fichiers intégrés converties`,
    pdfWorker: "pdf : worker impossible à démarrer :",
    pdfAbandoned: (kind: string, why: string) => `pdf : ${kind} abandonné (${why})`,
    pdfTimedOut: (kind: string, ms: number) => `pdf : ${kind} abandonné après ${ms} ms`,
    migrationFailed: (reason: string) =>
      `Atelier ne démarre pas : une migration de la base a échoué (${reason}). La base est restée telle qu'elle était ; restaurez la version précédente ou corrigez la cause, puis relancez.`,
    newerDatabase: (appliedAt: string, knownAt: string) =>
      `Atelier ne démarre pas : la base a été migrée par une version plus récente (dernière migration du ${appliedAt}, ce code s'arrête au ${knownAt}). Installez cette version-là, ou restaurez une sauvegarde faite par celle-ci.`,
  },
};
