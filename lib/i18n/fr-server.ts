import "server-only";
// Strings only server-rendered pages and e-mails use: kept out of the dictionary the browser loads.
import { fr } from "./fr";
import { frParts } from "./fr-parts";

export const frServer = {
  today: {
    title: "Aujourd'hui",
    intro: "Ce qui attend l'équipe maintenant. Chaque chiffre ouvre la liste correspondante ; la page se met à jour toute seule.",
    toAccept: "Nouveaux dossiers à accepter (RMAD)",
    received: "Produits reçus en attente d'expertise (D)",
    quoteAnswers: "Réponses aux devis à traiter",
    vde: "acceptés (VDE)",
    rde: "refusés (RDE)",
    unreadAnswers: (n: number) => `dont ${n} non lue${n > 1 ? "s" : ""} depuis votre dernière visite`,
    infoAnswers: "Réponses du revendeur aux demandes d'information (INFREV)",
    late: "Dossiers en retard",
    lateDetail: (warn: number, alert: number) => `${alert} en alerte, ${warn} à surveiller`,
    commands: "Envois refusés ou à vérifier",
    noCommands: "Aucun envoi n'attend de décision.",
    commandLine: (kind: string, n: string, state: string) => `${kind} sur ${n} : ${state === "failed" ? "refusé par la plateforme" : "à vérifier sur RMA Manager"}`,
    mine: "Mes dossiers en cours",
    managerTitle: "Pour les managers",
    weekQuotes: "Devis envoyés cette semaine",
    acceptance: (accepted: number, answered: number) => (answered ? `${Math.round((accepted / answered) * 100)} % acceptés (${accepted} sur ${answered} réponses)` : "pas encore de réponse"),
    oldest: "Plus ancien dossier ouvert",
    oldestDetail: (status: string, since: string) => `au statut ${status}, créé le ${since}`,
    none: "aucun",
    team: "Activité de l'équipe aujourd'hui",
    teamLine: (name: string, n: number) => `${name} : ${n} action${n > 1 ? "s" : ""}`,
    teamEmpty: "Personne n'a encore rien fait aujourd'hui.",
  },
  notifications: {
    pagesLabel: "Pages de notifications",
    newer: "← Plus récentes",
    older: "Plus anciennes →",
    pageOf: (page: number, pages: number) => `Page ${page} sur ${pages}`,
    title: "Notifications",
    text: (type: string, n: string | null, data: Record<string, unknown>): string => {
      const kind = String(data.kind ?? "");
      switch (type) {
        case "dossier_new":
          return `Nouveau dossier ${n} à accepter`;
        case "quote_answered":
          return data.status === "VDE"
            ? `Devis accepté par le revendeur sur ${n} (VDE)`
            : `Devis refusé par le revendeur sur ${n} (RDE)${data.treatment === "DESTRUCT" ? " : produit à détruire" : data.treatment === "RETURN" ? " : produit à retourner" : ""}`;
        case "info_answered":
          return `Le revendeur a répondu à la demande d'information sur ${n} (INFREV)`;
        case "command_attention":
          return data.state === "failed"
            ? `${fr.outbox.kinds[kind] ?? kind} sur ${n} : refusé par la plateforme`
            : `${fr.outbox.kinds[kind] ?? kind} sur ${n} : à vérifier sur RMA Manager`;
        case "assigned":
          return `${String(data.by ?? "Un manager")} vous a attribué le dossier ${n}`;
        case "part_received":
          return frParts.events.partReceived(String(data.label ?? ""), n);
        case "stock_low":
          return frParts.events.stockLow(String(data.label ?? ""), Number(data.stock ?? 0));
        default:
          return `${type} ${n ?? ""}`;
      }
    },
    prefsTitle: "Comment être prévenu",
    prefsIntro: "Pour chaque type d'événement : dans l'application (la cloche), par e-mail (un récapitulatif au plus toutes les quelques minutes), ou les deux.",
    mailOff: "L'envoi d'e-mails n'est pas configuré sur ce serveur (SMTP_URL) : les notifications par e-mail attendront sa configuration.",
    mailFailing: (since: string, error: string, pending: number) => `Les e-mails ne partent plus depuis le ${since} (${error}) : ${pending} notification${pending > 1 ? "s" : ""} en attente, nouvel essai automatique.`,
    digestSubject: (n: number) => `Atelier : ${n} nouveauté${n > 1 ? "s" : ""} sur vos dossiers`,
    digestIntro: (name: string) => `Bonjour ${name},\n\nVoici ce qui s'est passé sur vos dossiers depuis le dernier récapitulatif :`,
    digestMore: (n: number) => `… et ${n} autre${n > 1 ? "s" : ""}, à voir dans Atelier.`,
    digestOutro: "Vous recevez ce message selon vos préférences de notification, modifiables dans Atelier :",
  },
};
