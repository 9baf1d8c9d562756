export * from "./app-settings";
export * from "./audit-log";
export * from "./dossiers";
export * from "./login-attempts";
export * from "./notes";
export * from "./status-history";
export * from "./sync-state";
export * from "./users";
