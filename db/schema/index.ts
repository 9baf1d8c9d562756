export * from "./app-settings";
export * from "./audit-log";
export * from "./login-attempts";
export * from "./users";
