// Types of scripts/run-temp.mjs, for the tests and the bench.
export declare function tempFolderForRun(prefix: string): string;
