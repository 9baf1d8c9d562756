// Vitest's global set-up for the PostgreSQL project: one throwaway cluster for the whole run, and a
// template database already migrated, from which each test's database is copied.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openPostgres } from "@/db";
import { startCluster } from "../../scripts/postgres-cluster.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query("CREATE DATABASE atelier_template");
  await admin.end();
  const template = await openPostgres(cluster.url.replace(/\/postgres$/, "/atelier_template"), 1);
  await template.pool.end();
  project.provide("postgresUrl", cluster.url);
  return () => cluster.stop();
}
