// Preloaded by bench/profile-render.ts into the production server: SIGUSR2 starts V8's sampling profiler,
// SIGTERM stops it, writes the profile to ATELIER_PROFILE_OUT and exits. Only the requests between the two
// are in the profile, not the server's start.
import inspector from "node:inspector";
import { writeFileSync } from "node:fs";

const session = new inspector.Session();
session.connect();
process.on("SIGUSR2", () => {
  session.post("Profiler.enable", () => session.post("Profiler.setSamplingInterval", { interval: 200 }, () => session.post("Profiler.start")));
});
process.on("SIGTERM", () => {
  session.post("Profiler.stop", (error, result) => {
    if (!error && result) writeFileSync(process.env.ATELIER_PROFILE_OUT, JSON.stringify(result.profile));
    process.exit(0);
  });
});
