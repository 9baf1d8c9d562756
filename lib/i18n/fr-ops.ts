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
  },
};
