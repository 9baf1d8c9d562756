// Vitest's global set-up for the PostgreSQL project: one throwaway cluster for the whole run, and a
// template database already migrated, from which each test's database is copied.
import type { TestProject } from "vitest/node";
import { openAt } from "@/db";
import { createDatabase, startCluster } from "../../scripts/postgres-cluster.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  const template = await openAt(await createDatabase(cluster.url, "atelier_template"), 1);
  await template.close();
  project.provide("postgresUrl", cluster.url);
  return () => cluster.stop();
}
