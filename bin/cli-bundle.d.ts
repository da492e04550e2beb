// Types for bin/cli-bundle.js (plain JavaScript so the command needs no compiler to start).
export declare const CLI_CACHE_DIR: string;
export declare function freshBuildDir(): string | null;
export declare function buildCliBundle(): Promise<string>;
export declare function loadCli(): Promise<{ main(argv: string[]): Promise<number> }>;
