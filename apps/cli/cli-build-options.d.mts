import type { BuildOptions } from "esbuild";

export declare const cliDirectory: string;
export declare function cliBuildOptions(target: { outdir: string; version: string }): BuildOptions;
