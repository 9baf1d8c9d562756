export type Role = "technician" | "manager" | "admin";
export const ROLES: Role[] = ["technician", "manager", "admin"];
export const ALL: Role[] = ROLES;

/**
 * Every server action, the page it is posted to, and who may run it. A test below fails when an action
 * exists in the build and not here, so a new action cannot escape this matrix.
 */
export const ACTIONS: Record<string, { path: string; allowed: Role[] }> = {
  createUserAction: { path: "/admin/utilisateurs", allowed: ["admin"] },
  updateUserAction: { path: "/admin/utilisateurs", allowed: ["admin"] },
  addNoteAction: { path: "/dossiers", allowed: ALL },
  editNoteAction: { path: "/dossiers", allowed: ALL },
  deleteNoteAction: { path: "/dossiers", allowed: ALL },
  submitDossierAction: { path: "/dossiers", allowed: ALL },
  writeDocumentAction: { path: "/dossiers", allowed: ALL },
  takeDossierAction: { path: "/dossiers", allowed: ALL },
  scanAction: { path: "/reception", allowed: ALL },
  saveAccessoriesAction: { path: "/reception", allowed: ALL },
  markReadAction: { path: "/notifications", allowed: ALL },
  markAllReadAction: { path: "/notifications", allowed: ALL },
  savePreferencesAction: { path: "/notifications", allowed: ALL },
  assignDossiersAction: { path: "/dossiers", allowed: ["manager", "admin"] },
  addPriceAction: { path: "/admin/tarifs", allowed: ["manager", "admin"] },
  deletePriceAction: { path: "/admin/tarifs", allowed: ["manager", "admin"] },
  importPricesAction: { path: "/admin/tarifs", allowed: ["manager", "admin"] },
  saveCentreAction: { path: "/admin/centre", allowed: ["admin"] },
  chooseTreatmentAction: { path: "/dossiers", allowed: ALL },
  retryCommandAction: { path: "/dossiers", allowed: ALL },
  abandonCommandAction: { path: "/dossiers", allowed: ALL },
  resendCommandAction: { path: "/dossiers", allowed: ALL },
  markCommandSentAction: { path: "/dossiers", allowed: ALL },
  answerQuoteAction: { path: "/simulateur", allowed: ALL },
  answerInformationAction: { path: "/simulateur", allowed: ALL },
  createSimulatedDossierAction: { path: "/simulateur", allowed: ALL },
  resetSimulatorAction: { path: "/simulateur", allowed: ALL },
  setFaultsAction: { path: "/simulateur", allowed: ALL },
  setProfileAction: { path: "/simulateur", allowed: ALL },
  revokeTokensAction: { path: "/simulateur", allowed: ALL },
};
/** Actions anyone may call: signing in and out. */
export const PUBLIC_ACTIONS = ["signInAction", "signOutAction"];

