// Types of shared-tags-handler.mjs, which the Next.js server loads as plain JavaScript.
import type { CacheHandler } from "next/dist/server/lib/cache-handlers/types";

export type SharedTagsHandler = CacheHandler & { readonly listening: boolean; close(): Promise<void> };
export declare const CHANNEL: string;
export declare function payloads(origin: string, tags: string[]): string[];
export declare function createSharedTagsHandler(connectionString: string, local?: CacheHandler): SharedTagsHandler;
declare const handler: CacheHandler;
export default handler;
