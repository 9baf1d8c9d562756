// Test accounts written straight into the e2e server's database, for tests that must not disturb the demo
// users (lock-out, deactivation).
import { hash } from "@node-rs/argon2";
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import type { Browser } from "@playwright/test";
import type { Role } from "@/db/schema/users";
import { SignInPage } from "../pages/sign-in.page";
import { APP_DB, BASE_URL, SIGNED_OUT } from "./paths";

export interface Account {
  email: string;
  password: string;
  name: string;
  role: Role;
}

export async function createAccount(role: Role = "technician"): Promise<Account> {
  const id = randomUUID().slice(0, 8);
  const account = { email: `e2e-${id}@atelier.test`, password: `mot-de-passe-${id}`, name: `Test ${id}`, role };
  const db = new Database(APP_DB);
  try {
    db.pragma("busy_timeout = 5000");
    db.prepare("INSERT INTO users (email, name, role, password_hash) VALUES (?, ?, ?, ?)").run(account.email, account.name, role, await hash(account.password));
  } finally {
    db.close();
  }
  return account;
}

/**
 * A distinct client address per call, so one test's failed sign-ins never lock another's (see lockout.ts).
 * Counted, not drawn: 250 random addresses met again within a run often enough to lock a test at random.
 * The worker's process id keeps two workers, or a retry, apart.
 */
let addresses = 0;
export const uniqueAddress = () => {
  const n = addresses++;
  return `10.${process.pid % 250}.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;
};

/** A browser context of its own, signed in as the account through the sign-in page. */
export async function signedInContext(browser: Browser, account: Pick<Account, "email" | "password" | "name">) {
  const context = await browser.newContext({ baseURL: BASE_URL, storageState: SIGNED_OUT, extraHTTPHeaders: { "X-Forwarded-For": uniqueAddress() } });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(account.email, account.password);
  await signIn.expectSignedInAs(account.name);
  return { context, page, signIn };
}
