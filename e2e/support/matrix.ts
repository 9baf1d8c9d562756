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
  addPartAction: { path: "/pieces", allowed: ALL },
  receivePartAction: { path: "/pieces", allowed: ALL },
  fitPartAction: { path: "/pieces", allowed: ALL },
  cancelPartAction: { path: "/pieces", allowed: ALL },
  returnPartAction: { path: "/pieces", allowed: ALL },
  createOrderAction: { path: "/pieces/commandes", allowed: ALL },
  markOrderSentAction: { path: "/pieces/commandes", allowed: ALL },
  receiveScanAction: { path: "/pieces/reception", allowed: ALL },
  remindQuoteAction: { path: "/devis", allowed: ALL },
  saveFollowUpAction: { path: "/devis", allowed: ["manager", "admin"] },
  addDeadlineRuleAction: { path: "/admin/delais", allowed: ["manager", "admin"] },
  changeDeadlineRuleAction: { path: "/admin/delais", allowed: ["manager", "admin"] },
  deleteDeadlineRuleAction: { path: "/admin/delais", allowed: ["manager", "admin"] },
  saveFlatFeeAction: { path: "/admin/delais", allowed: ["manager", "admin"] },
  deleteFlatFeeAction: { path: "/admin/delais", allowed: ["manager", "admin"] },
  addLocationAction: { path: "/admin/emplacements", allowed: ["manager", "admin"] },
  deleteLocationAction: { path: "/admin/emplacements", allowed: ["manager", "admin"] },
  putAwayAction: { path: "/emplacements", allowed: ALL },
  inventoryScanAction: { path: "/emplacements", allowed: ALL },
  inventoryFinishAction: { path: "/emplacements", allowed: ALL },
  moveDossierAction: { path: "/emplacements", allowed: ALL },
  shipBatchAction: { path: "/expeditions", allowed: ALL },
  saveAutoStatusAction: { path: "/pieces/commandes", allowed: ["manager", "admin"] },
  addSupplierAction: { path: "/admin/tarifs", allowed: ["manager", "admin"] },
  correctStockAction: { path: "/admin/tarifs", allowed: ["manager", "admin"] },
  saveRetentionAction: { path: "/admin", allowed: ["admin"] },
  erasePersonAction: { path: "/admin/donnees-personnelles", allowed: ["admin"] },
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

/** Every route handler that takes a session: its manifest entry, a concrete path, and who may call it. */
export const ROUTES: Array<{ method: "GET" | "POST"; route: string; path: string; allowed: Role[]; stream?: boolean }> = [
  { method: "GET", route: "/api/dossiers", path: "/api/dossiers", allowed: ALL },
  { method: "GET", route: "/api/sync", path: "/api/sync", allowed: ALL },
  { method: "POST", route: "/api/sync", path: "/api/sync", allowed: ALL },
  { method: "GET", route: "/api/dossiers/[number]/documents", path: "/api/dossiers/NOPE-0000-0000/documents", allowed: ALL },
  { method: "GET", route: "/api/dossiers/[number]/documents/[index]", path: "/api/dossiers/NOPE-0000-0000/documents/0", allowed: ALL },
  { method: "POST", route: "/api/uploads", path: "/api/uploads", allowed: ALL },
  { method: "GET", route: "/api/activite", path: "/api/activite", allowed: ["manager", "admin"] },
  { method: "GET", route: "/api/indicateurs.csv", path: "/api/indicateurs.csv", allowed: ["manager", "admin"] },
  { method: "GET", route: "/(app)/indicateurs/bilan.pdf", path: "/indicateurs/bilan.pdf?reseller=FNAC&month=2026-11", allowed: ["manager", "admin"] },
  { method: "GET", route: "/(app)/indicateurs/releve.pdf", path: "/indicateurs/releve.pdf?reseller=FNAC&month=2026-11", allowed: ["manager", "admin"] },
  { method: "GET", route: "/(app)/indicateurs/releve.csv", path: "/indicateurs/releve.csv?reseller=FNAC&month=2026-11", allowed: ["manager", "admin"] },
  { method: "GET", route: "/(app)/admin/emplacements/etiquettes.pdf", path: "/admin/emplacements/etiquettes.pdf?size=a4", allowed: ["manager", "admin"] },
  { method: "GET", route: "/(app)/expeditions/bordereau.pdf", path: "/expeditions/bordereau.pdf?lot=00000000-0000-4000-8000-000000000000", allowed: ALL },
  { method: "GET", route: "/api/tarifs", path: "/api/tarifs", allowed: ["manager", "admin"] },
  { method: "GET", route: "/(app)/pieces/commandes/[id]/bon.csv", path: "/pieces/commandes/999999/bon.csv", allowed: ALL },
  { method: "GET", route: "/(app)/pieces/commandes/[id]/bon.pdf", path: "/pieces/commandes/999999/bon.pdf", allowed: ALL },
  { method: "GET", route: "/api/donnees-personnelles", path: "/api/donnees-personnelles?q=dupont", allowed: ["admin"] },
  { method: "GET", route: "/(app)/dossiers/[number]/fiche.pdf", path: "/dossiers/NOPE-0000-0000/fiche.pdf", allowed: ALL },
  { method: "GET", route: "/(app)/dossiers/[number]/etiquette.pdf", path: "/dossiers/NOPE-0000-0000/etiquette.pdf", allowed: ALL },
  { method: "POST", route: "/api/devis/apercu", path: "/api/devis/apercu", allowed: ALL },
  { method: "GET", route: "/scanner/zxing_reader.wasm", path: "/scanner/zxing_reader.wasm", allowed: ALL },
  { method: "GET", route: "/api/notifications", path: "/api/notifications", allowed: ALL },
  { method: "GET", route: "/api/live", path: "/api/live", allowed: ALL, stream: true },
];
/**
 * Route handlers with no session: Auth.js's own, PUSH (signed by the platform), the icon, the web app
 * manifest (browsers fetch it without cookies; it holds names and icon paths only), and the operators'
 * health, readiness and metrics (the last behind METRICS_TOKEN; e2e/operations.spec.ts).
 */
export const PUBLIC_ROUTES = ["/api/auth/[...nextauth]", "/api/push/demands", "/icon.svg", "/manifest.webmanifest", "/api/health", "/api/ready", "/api/metrics"];
