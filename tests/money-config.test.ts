import { describe, expect, it } from "vitest";
import { centsToWirePrice, formatCents, parsePriceToCents, wirePriceToCents } from "@/lib/money";
import { ConfigError, parseConfig } from "@/lib/config/env";

describe("money", () => {
  it("reads prices as technicians type them, in integer cents", () => {
    expect(parsePriceToCents("79,90")).toBe(7990);
    expect(parsePriceToCents("79.90")).toBe(7990);
    expect(parsePriceToCents("79,9")).toBe(7990);
    expect(parsePriceToCents(" 158,45 € ")).toBe(15845);
    expect(parsePriceToCents("0,10")).toBe(10);
    expect(parsePriceToCents("12")).toBe(1200);
    for (const bad of ["", "abc", "1,234", "-5", "1 000,00", "7,9,0"]) expect(parsePriceToCents(bad)).toBeNull();
  });

  it("writes the wire format with a decimal comma, without float drift", () => {
    expect(centsToWirePrice(15845)).toBe("158,45");
    expect(centsToWirePrice(5)).toBe("0,05");
    expect(centsToWirePrice(100)).toBe("1,00");
    // 0.1 + 0.2 in floats is 0.30000000000000004; in cents it is 30.
    expect(centsToWirePrice(10 + 20)).toBe("0,30");
    expect(wirePriceToCents("158,45")).toBe(15845);
    expect(() => centsToWirePrice(-1)).toThrow(RangeError);
    expect(() => centsToWirePrice(1.5)).toThrow(RangeError);
  });

  it("formats amounts in French", () => {
    expect(formatCents(123456).replace(/\s/g, " ")).toBe("1 234,56 €");
  });
});

describe("configuration", () => {
  it("runs on the embedded simulator when RMA_API_BASE_URL is unset", () => {
    const config = parseConfig({});
    expect(config.mode).toBe("simulator");
    expect(config.rma).toEqual({ baseUrl: "http://127.0.0.1:4010/api/", clientId: "simulateur", clientSecret: "simulateur-secret", timeoutMs: 15000 });
    expect(config.databasePath).toBe("data/atelier-demo.db");
    expect(parseConfig({ RMA_API_BASE_URL: "", SIMULATOR_PORT: "4110" }).rma.baseUrl).toBe("http://127.0.0.1:4110/api/");
  });

  it("uses the platform with its credentials when RMA_API_BASE_URL is set", () => {
    const config = parseConfig({
      RMA_API_BASE_URL: "https://preprod-rma-manager.monsav.com/api/",
      RMA_CLIENT_ID: "id",
      RMA_CLIENT_SECRET: "secret",
      AUTH_SECRET: "x".repeat(32),
      RMA_TIMEOUT_MS: "5000",
    });
    expect(config.mode).toBe("platform");
    expect(config.rma).toEqual({ baseUrl: "https://preprod-rma-manager.monsav.com/api/", clientId: "id", clientSecret: "secret", timeoutMs: 5000 });
  });

  it("names each missing or malformed variable and never prints a value", () => {
    const secret = "tiny-secret-value";
    let error: unknown;
    try {
      parseConfig({ RMA_API_BASE_URL: "ftp://nope", RMA_CLIENT_SECRET: secret, AUTH_SECRET: secret, RMA_TIMEOUT_MS: "-3" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain("RMA_API_BASE_URL");
    expect(message).toContain("RMA_TIMEOUT_MS");
    expect(message).toContain("AUTH_SECRET");
    expect(message).not.toContain(secret);
  });

  it("mail is off without SMTP_URL; with it, MAIL_FROM is required and the password never shows in an error", () => {
    expect(parseConfig({}).mail).toBeNull();
    expect(parseConfig({ SMTP_URL: "smtp://u:pw@mail.test:587", MAIL_FROM: "Atelier <a@centre.test>", APP_URL: "https://atelier.centre.test/" })).toMatchObject({
      mail: { smtpUrl: "smtp://u:pw@mail.test:587", from: "Atelier <a@centre.test>", digestMinutes: 15 },
      appUrl: "https://atelier.centre.test",
    });
    expect(() => parseConfig({ SMTP_URL: "smtp://u:s3cr3t-pw@mail.test" })).toThrow(/MAIL_FROM/);
    expect(() => parseConfig({ SMTP_URL: "http://u:s3cr3t-pw@mail.test", MAIL_FROM: "a@b.fr" })).toThrow(/SMTP_URL/);
    try {
      parseConfig({ SMTP_URL: "http://u:s3cr3t-pw@mail.test", MAIL_FROM: "a@b.fr" });
    } catch (error) {
      expect((error as Error).message).not.toContain("s3cr3t");
    }
  });

  it("requires the credentials and AUTH_SECRET with a real platform", () => {
    expect(() => parseConfig({ RMA_API_BASE_URL: "https://rma-manager.monsav.com/api/" })).toThrow(/RMA_CLIENT_ID.*\n.*RMA_CLIENT_SECRET.*\n.*AUTH_SECRET/);
  });
});
