export function ensurePostgres(): string;
export function startCluster(): Promise<{ url: string; port: number; stop: () => void }>;
