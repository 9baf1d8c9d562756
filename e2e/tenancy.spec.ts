// Several centres on one server: a user of one centre reaches nothing of another's. Over the whole
// authorization matrix — every page and route that names a dossier, every server action — each way: the
// main centre's admin naming the Lyon centre's dossier and objects, Lyon's admin naming the main centre's,
// gets 404 (not_found for an action), and nothing of the other centre changes. Admins, so that no role
// check stands in for the tenancy one.
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { SignInPage } from "./pages/sign-in.page";
import { expect, test } from "./support/fixtures";
import { ACTIONS, ROUTES } from "./support/matrix";
import { APP_DB, BASE_URL, LYON, LYON_DB, LYON_STATE, SIGNED_OUT, stateFile } from "./support/paths";
import { callAction } from "./support/server-actions";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/auth/demo-accounts";

test.describe.configure({ mode: "serial", timeout: 120_000 });

/** One centre's objects another centre's user will name. */
interface Objects {
  dossier: string;
  serial: string;
  noteId: number;
  commandId: number;
  userId: number;
  priceId: number;
  partLineId: number;
}

/** not_found: the action refuses; unseen: it answers, without the other centre's dossier (a scan finds none of it). */
type Cross = { input: (o: Objects) => unknown; reply: "not_found" | "unseen" } | { none: string };

/** What each server action is given to reach another centre's objects, and what it must answer. */
const CROSS: Record<string, Cross> = {
  createUserAction: { none: "creates an account in the caller's own centre" },
  updateUserAction: { input: (o) => ({ change: "active", userId: o.userId, active: false }), reply: "not_found" },
  addNoteAction: { input: (o) => ({ demandNumber: o.dossier, body: "Note d'un autre centre" }), reply: "not_found" },
  editNoteAction: { input: (o) => ({ noteId: o.noteId, body: "Modifiée par un autre centre" }), reply: "not_found" },
  deleteNoteAction: { input: (o) => ({ noteId: o.noteId }), reply: "not_found" },
  submitDossierAction: {
    input: (o) => ({ requestId: randomUUID(), demandNumber: o.dossier, command: { kind: "message", payload: { message: "Message d'un autre centre" } } }),
    reply: "not_found",
  },
  writeDocumentAction: {
    input: (o) => ({ requestId: randomUUID(), demandNumber: o.dossier, document: { kind: "expertise", fields: { findings: "Constat", tests: "", parts: "", conclusion: "warranty" } } }),
    reply: "not_found",
  },
  takeDossierAction: { input: (o) => ({ demandNumber: o.dossier }), reply: "not_found" },
  scanAction: { input: (o) => ({ term: o.serial }), reply: "unseen" },
  saveAccessoriesAction: { input: (o) => ({ demandNumber: o.dossier, accessories: "Chargeur" }), reply: "not_found" },
  markReadAction: { none: "marks the caller's own notifications: anyone else's id changes nothing (lib/notifications/inbox.ts)" },
  markAllReadAction: { none: "the caller's own notifications" },
  savePreferencesAction: { none: "the caller's own preferences" },
  assignDossiersAction: { input: (o) => ({ demandNumbers: [o.dossier], userId: null }), reply: "not_found" },
  addPriceAction: { none: "adds to the caller's centre's price list" },
  deletePriceAction: { input: (o) => ({ id: o.priceId }), reply: "not_found" },
  importPricesAction: { none: "imports into the caller's centre's price list" },
  saveCentreAction: { none: "the caller's centre's identity" },
  addPartAction: { input: (o) => ({ demandNumber: o.dossier, article: "", label: "Pièce d'un autre centre", quantity: "1", supplierId: null, fromStock: false }), reply: "not_found" },
  receivePartAction: { input: (o) => ({ lineId: o.partLineId, quantity: "1" }), reply: "not_found" },
  fitPartAction: { input: (o) => ({ lineId: o.partLineId }), reply: "not_found" },
  cancelPartAction: { input: (o) => ({ lineId: o.partLineId }), reply: "not_found" },
  returnPartAction: { input: (o) => ({ lineId: o.partLineId }), reply: "not_found" },
  createOrderAction: { none: "orders the caller's centre's own lines from its own suppliers (lib/parts/orders.ts reads ctx.db)" },
  markOrderSentAction: { none: "the caller's centre's own orders (lib/parts/orders.ts reads ctx.db)" },
  receiveScanAction: { none: "receives the caller's centre's own lines only (lib/parts/receiving.ts reads ctx.db)" },
  addSupplierAction: { none: "adds to the caller's centre's suppliers" },
  saveAutoStatusAction: { none: "the caller's centre's setting" },
  saveFollowUpAction: { none: "the caller's centre's settings" },
  remindQuoteAction: { none: "reminds a quote of the caller's centre only: lib/submit/quote-reminder.ts reads ctx.db, whose ids are that centre's" },
  correctStockAction: { input: (o) => ({ articleId: o.priceId, delta: "1" }), reply: "not_found" },
  saveRetentionAction: { none: "the caller's centre's retention period" },
  erasePersonAction: { none: "finds and erases in the caller's centre only (lib/privacy/person.ts reads ctx.db)" },
  chooseTreatmentAction: { input: (o) => ({ demandNumber: o.dossier, treatment: "RETURN" }), reply: "not_found" },
  retryCommandAction: { input: (o) => ({ commandId: o.commandId }), reply: "not_found" },
  abandonCommandAction: { input: (o) => ({ commandId: o.commandId }), reply: "not_found" },
  resendCommandAction: { input: (o) => ({ commandId: o.commandId }), reply: "not_found" },
  markCommandSentAction: { input: (o) => ({ commandId: o.commandId }), reply: "not_found" },
  answerQuoteAction: { input: (o) => ({ demandNumber: o.dossier, answer: { answer: "VDE" } }), reply: "not_found" },
  answerInformationAction: { input: (o) => ({ demandNumber: o.dossier, text: "Réponse d'un autre centre" }), reply: "not_found" },
  createSimulatedDossierAction: { none: "acts on the caller's centre's own platform" },
  resetSimulatorAction: { none: "acts on the caller's centre's own platform" },
  setFaultsAction: { none: "acts on the caller's centre's own platform" },
  setProfileAction: { none: "acts on the caller's centre's own platform" },
  revokeTokensAction: { none: "acts on the caller's centre's own platform" },
  addDeadlineRuleAction: { none: "adds to the caller's centre's rules" },
  changeDeadlineRuleAction: { none: "the caller's centre's rules: lib/deadlines/rules.ts reads ctx.db, whose ids are that centre's" },
  deleteDeadlineRuleAction: { none: "the caller's centre's rules: lib/deadlines/rules.ts reads ctx.db, whose ids are that centre's" },
  saveFlatFeeAction: { none: "the caller's centre's flat fees" },
  deleteFlatFeeAction: { none: "the caller's centre's flat fees: lib/indicators/flat-fees.ts reads ctx.db" },
  addLocationAction: { none: "adds to the caller's centre's places" },
  deleteLocationAction: { none: "the caller's centre's places: lib/locations/places.ts reads ctx.db" },
  putAwayAction: { input: (o) => ({ text: o.serial, location: null, pending: [] }), reply: "unseen" },
  inventoryScanAction: { input: (o) => ({ text: o.serial }), reply: "unseen" },
  inventoryFinishAction: { none: "compares the caller's centre's own shelf with what was scanned there" },
  moveDossierAction: { input: (o) => ({ demandNumber: o.dossier, code: null }), reply: "not_found" },
  shipBatchAction: { input: (o) => ({ batch: randomUUID(), items: [{ demandNumber: o.dossier, carrierName: "UPS", trackingNumber: "AUTRE-CENTRE-1" }] }), reply: "unseen" },
};

/** The pages that name a dossier (every one of the build is here: checked below). */
const DOSSIER_PAGES = ["/(app)/dossiers/[number]/page", "/(app)/dossiers/[number]/parcours/page"];
const concrete = (route: string, n: string) => route.replace("/(app)", "").replace(/\/page$/, "").replace("[number]", encodeURIComponent(n)).replace("[index]", "0");

const centres = {
  main: { file: APP_DB, state: stateFile("admin") },
  lyon: { file: LYON_DB, state: stateFile(LYON_STATE) },
};
type CentreName = keyof typeof centres;

function withDb<T>(name: CentreName, fn: (db: Database.Database) => T): T {
  const db = new Database(centres[name].file);
  db.pragma("busy_timeout = 5000");
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** What another centre's user must not change: the dossier and everything hanging off it, the users, the prices. */
const fingerprint = (name: CentreName, o: Objects) =>
  withDb(name, (db) =>
    JSON.stringify({
      dossier: db.prepare("SELECT * FROM dossiers WHERE demand_number = ?").get(o.dossier),
      notes: db.prepare("SELECT * FROM notes WHERE demand_number = ? ORDER BY id").all(o.dossier),
      outbox: db.prepare("SELECT id, state, attempts FROM outbox WHERE demand_number = ? ORDER BY id").all(o.dossier),
      history: db.prepare("SELECT count(*) AS n FROM status_history WHERE demand_number = ?").get(o.dossier),
      audit: db.prepare("SELECT count(*) AS n FROM audit_log WHERE dossier_number = ?").get(o.dossier),
      users: db.prepare("SELECT id, role, active, session_version FROM users ORDER BY id").all(),
      prices: db.prepare("SELECT * FROM price_list ORDER BY id").all(),
      parts: db.prepare("SELECT * FROM part_lines WHERE demand_number = ? ORDER BY id").all(o.dossier),
    }),
  );

const context = (name: CentreName): Promise<APIRequestContext> => playwrightRequest.newContext({ baseURL: BASE_URL, storageState: centres[name].state });

/** A centre's own admin makes the objects the other centre's admin will then name. */
async function objectsOf(name: CentreName): Promise<Objects> {
  const tag = randomUUID().slice(0, 8);
  const [dossier, serial] = withDb(name, (db) => {
    const row = db.prepare("SELECT demand_number AS n, serial_number AS s FROM dossiers WHERE status_code = 'RMAD' AND serial_number IS NOT NULL ORDER BY demand_number DESC LIMIT 1").get() as { n: string; s: string };
    return [row.n, row.s];
  });
  const own = await context(name);
  try {
    const ok = async (action: string, input: unknown) => expect((await callAction(own, ACTIONS[action]!.path, action, [input])).body, action).toContain('"ok":true');
    await ok("addNoteAction", { demandNumber: dossier, body: `Note ${tag}` });
    await ok("submitDossierAction", { requestId: randomUUID(), demandNumber: dossier, command: { kind: "message", payload: { message: `Message ${tag}` } } });
    await ok("createUserAction", { email: `t-${tag}@${name}.test`, name: `Tech ${tag}`, role: "technician", password: `mot-de-passe-${tag}` });
    await ok("addPriceAction", { label: `Pièce ${tag}`, price: "12,50", brand: "" });
    await ok("addPartAction", { demandNumber: dossier, article: "", label: `Pièce ${tag}`, quantity: "1", supplierId: null, fromStock: false });
  } finally {
    await own.dispose();
  }
  return withDb(name, (db) => {
    const id = (sql: string, value: string) => (db.prepare(sql).get(value) as { id: number }).id;
    return {
      dossier,
      serial,
      noteId: id("SELECT max(id) AS id FROM notes WHERE demand_number = ?", dossier),
      commandId: id("SELECT max(id) AS id FROM outbox WHERE demand_number = ?", dossier),
      userId: id("SELECT id FROM users WHERE email = ?", `t-${tag}@${name}.test`),
      priceId: id("SELECT id FROM price_list WHERE label = ?", `Pièce ${tag}`),
      partLineId: id("SELECT max(id) AS id FROM part_lines WHERE demand_number = ?", dossier),
    };
  });
}

const objects = {} as Record<CentreName, Objects>;

test.beforeAll(async () => {
  // Lyon's rows are numbered far from the main centre's: an id of one is never also an object of the other's.
  withDb("lyon", (db) => {
    for (const table of ["notes", "outbox", "users", "price_list", "part_lines"]) {
      db.prepare("INSERT INTO sqlite_sequence (name, seq) SELECT ?, 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?)").run(table, table);
      db.prepare("UPDATE sqlite_sequence SET seq = max(seq, 900000) WHERE name = ?").run(table);
    }
  });
  objects.main = await objectsOf("main");
  objects.lyon = await objectsOf("lyon");
  expect(objects.lyon.noteId).toBeGreaterThan(900000);
  expect(Number(objects.lyon.dossier.slice(-4))).toBeGreaterThanOrEqual(LYON.firstSeq);
});

test("every server action and every page naming a dossier is covered", () => {
  expect(Object.keys(ACTIONS).filter((name) => !CROSS[name])).toEqual([]);
  const manifest = JSON.parse(readFileSync(".next/server/app-paths-manifest.json", "utf8")) as Record<string, string>;
  expect(Object.keys(manifest).filter((key) => key.includes("[number]") && key.endsWith("/page")).sort()).toEqual([...DOSSIER_PAGES].sort());
});

for (const [caller, owner] of [
  ["main", "lyon"],
  ["lyon", "main"],
] as Array<[CentreName, CentreName]>) {
  test(`${caller}'s admin gets 404 for every page, route and action of a ${owner} dossier, and changes nothing of it`, async () => {
    const o = objects[owner];
    const before = fingerprint(owner, o);
    const them = await context(caller);
    try {
      // Its own copy of the dossier's page still opens: the session is good, only the other centre is out of reach.
      expect((await them.get(concrete(DOSSIER_PAGES[0]!, objects[caller].dossier))).status()).toBe(200);
      for (const page of DOSSIER_PAGES) expect((await them.get(concrete(page, o.dossier))).status(), page).toBe(404);
      for (const route of ROUTES.filter((r) => r.route.includes("[number]"))) {
        expect((await them.get(concrete(route.route, o.dossier), { maxRedirects: 0 })).status(), route.route).toBe(404);
      }
      const preview = await them.post("/api/devis/apercu", { data: { demandNumber: o.dossier, lines: [{ label: "Écran", quantity: 1, unitPriceCents: 15845 }] } });
      expect(preview.status(), "/api/devis/apercu").toBe(404);
      // Lists and search say nothing of it either.
      expect(await (await them.get(`/recherche?q=${encodeURIComponent(o.dossier)}`)).text()).toContain(`Aucun dossier pour « ${o.dossier} »`);
      expect(await (await them.get(`/api/dossiers?q=${encodeURIComponent(o.dossier)}`)).text()).not.toContain(o.dossier);

      for (const [name, cross] of Object.entries(CROSS)) {
        if ("none" in cross) continue;
        const reply = await callAction(them, ACTIONS[name]!.path, name, [cross.input(o)]);
        if (cross.reply === "not_found") expect(reply.body, name).toContain('"code":"not_found"');
        else {
          expect(reply.body, name).toContain('"ok":true');
          expect(reply.body, name).not.toContain(o.dossier);
        }
      }
    } finally {
      await them.dispose();
    }
    expect(fingerprint(owner, o)).toBe(before);
  });
}

test("an account signs in to its own centre only; the sign-in page names no centre to a visitor", async ({ browser }) => {
  const context = await browser.newContext({ storageState: SIGNED_OUT });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  // A code to type, no list: neither centre's name is on the page, nor in what it sent.
  await expect(page.getByLabel("Code du centre")).toBeVisible();
  const html = await (await page.request.get("/connexion")).text();
  expect(html).not.toContain(LYON.name);
  expect(html).not.toContain(LYON.slug);
  // Lyon's admin, on the main centre: not an account there.
  await signIn.signIn(LYON.admin.email, LYON.admin.password, "");
  await expect(signIn.alert()).toContainText("Adresse e-mail ou mot de passe incorrect.");
  // An unknown code answers as a wrong password does; so does a demo account of the main centre, on Lyon.
  await signIn.signIn(LYON.admin.email, LYON.admin.password, "pas-un-centre");
  await expect(signIn.alert()).toContainText("Adresse e-mail ou mot de passe incorrect.");
  await signIn.signIn(DEMO_USERS.admin.email, DEMO_PASSWORD, LYON.slug);
  await expect(signIn.alert()).toContainText("Adresse e-mail ou mot de passe incorrect.");
  await signIn.signIn(LYON.admin.email, LYON.admin.password, LYON.slug.toUpperCase());
  await signIn.expectSignedInAs(LYON.admin.name);
  // Lyon's queue: its own platform's dossiers, none of the main centre's.
  await page.goto("/dossiers");
  await expect(page.getByRole("link", { name: objects.lyon.dossier, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: objects.main.dossier, exact: true })).toHaveCount(0);
  await context.close();

  // The centre's own sign-in address names it, and needs no code; an address of no centre is a 404.
  const direct = await browser.newContext({ storageState: SIGNED_OUT });
  const directPage = await direct.newPage();
  const directSignIn = new SignInPage(directPage);
  await directSignIn.goto("", LYON.slug);
  await expect(directPage.getByTestId("sign-in-centre")).toHaveText(`Centre : ${LYON.name}`);
  await expect(directPage.getByLabel("Code du centre")).toHaveCount(0);
  await directSignIn.signIn(LYON.admin.email, LYON.admin.password);
  await directSignIn.expectSignedInAs(LYON.admin.name);
  expect((await directPage.request.get("/connexion/pas-un-centre", { maxRedirects: 0 })).status()).toBe(404);
  await direct.close();
});

// Lyon has a platform of its own (a simulator here, but named as a real platform is): the process being in
// simulator mode for its main centre gives Lyon's users no control over it.
test("a centre with its own platform gets no simulator controls: no page, no link, no panel, every action refused", async ({ browser }) => {
  const simulatorActions = Object.keys(CROSS).filter((name) => ACTIONS[name]!.path === ACTIONS.resetSimulatorAction!.path);
  expect(simulatorActions.length).toBeGreaterThan(5);
  const lyon = await context("lyon");
  const main = await context("main");
  try {
    expect((await lyon.get("/simulateur")).status()).toBe(404);
    expect((await main.get("/simulateur")).status()).toBe(200);
    for (const name of simulatorActions) {
      const input = name === "answerQuoteAction" ? { demandNumber: objects.lyon.dossier, answer: { answer: "VDE" } } : name === "answerInformationAction" ? { demandNumber: objects.lyon.dossier, text: "Réponse" } : name === "createSimulatedDossierAction" ? { type: "REP" } : name === "setFaultsAction" ? { errorRate: 1 } : name === "setProfileAction" ? { profile: "strict" } : {};
      const reply = await callAction(lyon, ACTIONS[name]!.path, name, [input]);
      expect(reply.body, name).toContain('"code":"forbidden"');
    }
  } finally {
    await Promise.all([lyon.dispose(), main.dispose()]);
  }
  const page = await (await browser.newContext({ storageState: centres.lyon.state })).newPage();
  await page.goto(`/dossiers/${encodeURIComponent(objects.lyon.dossier)}`);
  await expect(page.getByRole("heading", { name: objects.lyon.dossier })).toBeVisible();
  await expect(page.getByRole("link", { name: "Simulateur" })).toHaveCount(0);
  await expect(page.locator("#simulator-panel")).toHaveCount(0);
  await page.context().close();
});
