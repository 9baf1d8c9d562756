// Node's flags for the production server, given by `npm start` (scripts/run-with-simulator.mjs) and by the
// bench (bench/server.ts), which must measure what production runs.
//
// A young generation of 64 MiB semi-spaces instead of V8's 16: a page render and a sync batch allocate tens
// of megabytes of short-lived objects (React's elements and streams, each dossier's parsed JSON), which the
// default size promotes or scavenges many times over. Measured on the bench (10,000 dossiers, PostgreSQL,
// three syncs each, runs interleaved): the re-sync at 300 ms 1.35–2.09 → 1.14–1.61 s alone and 2.12–2.46 →
// 1.74–2.20 s while ten users load the queue; /pieces ~55 → ~48 ms. The cost: up to ~100 MiB more resident
// memory at peak, which `npm run bench` reports.
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"];
