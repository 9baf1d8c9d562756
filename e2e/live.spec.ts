// Pages that update themselves, and the demo a manager judges: a reseller's answer reaches an open queue
// and the bell without a reload (Server-Sent Events), and « Aujourd'hui » shows the week from the demo.
import Database from "better-sqlite3";
import { expect, test } from "./support/fixtures";
import { APP_DB } from "./support/paths";
import { atStatus, control } from "./support/simulator";

test("a reseller's answer played on the simulator shows on an open queue and in the bell, with no reload", async ({ page }) => {
  await page.goto("/dossiers?phase=devis");
  await expect(page.locator("html")).toHaveAttribute("data-live", "ready");
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const chip = (code: string) => page.locator(".status-chip", { has: page.locator(`[data-status="${code}"]`) }).locator(".phase-count");
  const [vde, ede] = [Number(await chip("VDE").textContent()), Number(await chip("EDE").textContent())];
  const bell = page.getByTestId("bell");
  const unread = Number(/(\d+) non lue/.exec((await bell.getAttribute("aria-label")) ?? "")?.[1] ?? 0);

  const dossier = (await atStatus("EDE")).at(-1)!;
  await control(`/dossiers/${dossier.demand_number}/quote-answer`, { answer: "VDE" });
  // The next sync, started elsewhere (another tab, the schedule): this page is not touched.
  expect((await page.request.post("/api/sync")).ok()).toBe(true);

  await expect(chip("VDE")).toHaveText(String(vde + 1));
  await expect(chip("EDE")).toHaveText(String(ede - 1));
  await expect(bell).toHaveAttribute("aria-label", `Notifications : ${unread + 1} non lue${unread + 1 > 1 ? "s" : ""}`);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  await bell.click();
  await expect(page.getByTestId("notification").first()).toContainText(`Devis accepté par le revendeur sur ${dossier.demand_number} (VDE)`);
  await expect(page.getByTestId("notification").first()).toContainText("Non lue");
  await page.getByRole("button", { name: "Tout marquer comme lu" }).click();
  await expect(bell).toHaveAttribute("aria-label", "Notifications : aucune non lue");
  await expect(page.getByText("Non lue", { exact: true })).toHaveCount(0);
});

test("each person chooses, per type of event, the app, e-mail or both, and finds the choice kept", async ({ page }) => {
  await page.goto("/notifications");
  const assigned = page.getByRole("group", { name: "Dossier qui m'est attribué" });
  await expect(assigned.getByLabel("Dans l'application")).toBeChecked();
  await assigned.getByLabel("Les deux").check();
  await page.getByRole("group", { name: "Nouveau dossier à accepter (RMAD)" }).getByLabel("Par e-mail").check();
  await page.getByRole("button", { name: "Enregistrer mes préférences" }).click();
  await expect(page.getByText("Préférences enregistrées")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("group", { name: "Dossier qui m'est attribué" }).getByLabel("Les deux")).toBeChecked();
  await expect(page.getByRole("group", { name: "Nouveau dossier à accepter (RMAD)" }).getByLabel("Par e-mail")).toBeChecked();
  // No SMTP on this server: said plainly, nothing breaks.
  await expect(page.getByText(/L'envoi d'e-mails n'est pas configuré/)).toBeVisible();
  await page.getByRole("group", { name: "Nouveau dossier à accepter (RMAD)" }).getByLabel("Dans l'application").check();
  await page.getByRole("group", { name: "Dossier qui m'est attribué" }).getByLabel("Dans l'application").check();
  await page.getByRole("button", { name: "Enregistrer mes préférences" }).click();
  await expect(page.getByText("Préférences enregistrées")).toBeVisible();
});

test.describe("as a manager", () => {
  test.use({ role: "manager" });

  test("« Aujourd'hui » shows the week's quotes from the demo, the oldest open dossier and the team's day", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Aujourd'hui" })).toBeVisible();
    const sqlite = new Database(APP_DB, { readonly: true });
    const monday = new Date();
    monday.setHours(0, 0, 0, 0);
    monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
    const week = sqlite.prepare("SELECT count(*) AS sent, count(answer) AS answered, coalesce(sum(answer = 'VDE'), 0) AS accepted FROM quotes WHERE sent_at >= ?").get(monday.getTime()) as { sent: number; answered: number; accepted: number };
    const demo = sqlite.prepare("SELECT count(*) AS n, min(sent_at) AS first FROM quotes WHERE demo = 1").get() as { n: number; first: number };
    sqlite.close();
    // The demo holds a believable history: dozens of quotes over the last ten weeks, some of them this week.
    expect(demo.n).toBeGreaterThanOrEqual(25);
    expect(Date.now() - demo.first).toBeGreaterThan(5 * 7 * 86_400_000);
    const card = page.getByTestId("today-count").filter({ hasText: "Devis envoyés cette semaine" });
    await expect(card).toContainText(String(week.sent));
    const rate = week.answered ? `${Math.round((week.accepted / week.answered) * 100)} % acceptés (${week.accepted} sur ${week.answered} réponses)` : "pas encore de réponse";
    await expect(page.getByTestId("week-acceptance")).toHaveText(rate);
    await expect(page.getByText("Plus ancien dossier ouvert")).toBeVisible();
    await expect(page.getByRole("link", { name: "Activité de l'équipe aujourd'hui" })).toBeVisible();
    await expect(page.getByText(/Théo Technicien : \d+ actions?|Manon Manager : \d+ actions?/).first()).toBeVisible();
    // The counts lead to their queues.
    await page.getByTestId("today-count").filter({ hasText: "Nouveaux dossiers à accepter" }).click();
    await expect(page).toHaveURL(/\/dossiers\?status=RMAD/);
  });
});
