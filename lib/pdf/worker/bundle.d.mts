export const BUILT_WORKER: string;
export const DEV_WORKER: string;
export function bundlePdfWorker(root: string, outfile: string): Promise<string>;
