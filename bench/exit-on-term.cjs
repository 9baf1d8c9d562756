// Preloaded by bench/profile-render.ts: SIGTERM ends the server through process.exit, so that
// --cpu-prof writes its profile (a plain SIGTERM kills the process before it can).
process.on("SIGTERM", () => process.exit(0));
