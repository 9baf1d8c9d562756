// The parts' words the dossier page's « Pièces » section needs in the browser: kept apart from the rest of
// lib/i18n/fr-parts.ts, so the dossier page does not load the orders', the reception's and the catalogue's.

export const frPartsDossier = {
  states: {
    to_order: "À commander",
    ordered: "Commandée",
    received: "Reçue",
    fitted: "Posée",
    cancelled: "Annulée",
    returned: "Retournée",
  } as Record<string, string>,
  dossier: {
    title: "Pièces",
    empty: "Aucune pièce pour ce dossier.",
    add: "Ajouter la pièce",
    article: "Article du catalogue (référence ou EAN)",
    articleHint: "Tapez ou scannez sa référence ; laissez vide pour une pièce hors catalogue, décrite par son libellé.",
    label: "Libellé",
    quantity: "Quantité",
    supplier: "Fournisseur",
    supplierNone: "— Aucun —",
    fromStock: "Prendre dans le stock",
    expected: (date: string) => `attendue le ${date}`,
    step: (state: string, who: string, when: string) => `${state} par ${who} le ${when}`,
    receivedOf: (received: number, quantity: number) => `${received} reçue(s) sur ${quantity}`,
    receive: (label: string) => `Recevoir ${label}`,
    fit: (label: string) => `Poser ${label}`,
    cancel: (label: string) => `Annuler ${label}`,
    giveBack: (label: string) => `Retourner ${label} au fournisseur`,
    added: "Pièce ajoutée",
    saved: "Pièce mise à jour",
    sendOrdered: "Pièce commandée : passer le dossier en Commande de pièce (CMDPART)",
    sendReceived: "Pièces reçues : passer en Réparation en cours (REPPROG)",
    order: (number: string) => `commande ${number}`,
  },
};
