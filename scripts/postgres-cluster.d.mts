export function ensurePostgres(): string;
export function createDatabase(serverUrl: string, name: string, options?: { template?: string }): Promise<string>;
export function startCluster(): Promise<{ url: string; port: number; stop: () => void }>;
