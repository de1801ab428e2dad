import type { BuildOptions } from "esbuild";

export declare function adapterBundleOptions(name: string): BuildOptions;
export declare function measureAdapter(name: string): Promise<{ name: string; minified: number; gzipped: number }>;
