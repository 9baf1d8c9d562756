// Types of scripts/server-node-flags.mjs, for the bench.
export declare const SERVER_NODE_FLAGS: string[];
