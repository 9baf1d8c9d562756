// The integrators' CLI, run as a real process against the simulator, with the app's configuration.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator } from "../support/simulator";

let env: Awaited<ReturnType<typeof startSimulator>>;
beforeAll(async () => {
  env = await startSimulator();
});
afterAll(() => env.sim.close());

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "lib/rma/cli/main.ts", ...args], {
      env: { ...process.env, RMA_API_BASE_URL: "", SIMULATOR_PORT: new URL(env.origin).port },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run rma", () => {
  it("checks the credentials without printing the token", async () => {
    const result = await cli("token");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, baseUrl: `${env.origin}/api/` });
    const tokens = env.sim.store.db.prepare("SELECT token FROM tokens").all() as Array<{ token: string }>;
    for (const { token } of tokens) expect(result.stdout + result.stderr).not.toContain(token);
  });

  it("retrieves the dossiers at a status as JSON", async () => {
    const result = await cli("retrieve", "--status", "RMAD");
    const list = JSON.parse(result.stdout) as Array<{ demandNumber: string; statusCode: string }>;
    expect(list.length).toBe((await env.client.retrieveRequests("RMAD")).length);
    expect(new Set(list.map((d) => d.statusCode))).toEqual(new Set(["RMAD"]));
  });

  it("sends a write and prints the platform's refusal as a JSON error", async () => {
    const [pad] = (await env.client.retrieveRequests("RMAD")).filter((d) => d.type === "PAD");
    expect((await cli("status", pad!.demandNumber, "--code", "D", "--comment", "Reçu")).code).toBe(0);
    expect((await env.control<{ dossier: { current_status_code: string } }>(`/dossiers/${pad!.demandNumber}`)).dossier.current_status_code).toBe("D");
    const refused = await cli("status", "ACH-0000-9999", "--code", "D");
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ error: { kind: "not_found", route: "demands/status" } });
  });

  it("refuses a reseller-only status with a usage message", async () => {
    const result = await cli("status", "X", "--code", "VDE");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("statut non autorisé pour un centre : VDE");
  });
});
