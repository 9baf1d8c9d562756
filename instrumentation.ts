// Runs once when the server starts: migrations, and the demo accounts in simulator mode.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/server/start");
  await startServer();
}
