import path from "node:path";
import type { NextConfig } from "next";
import { MAX_BODY_BYTES } from "./lib/http/body-limits";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Native and WASM database drivers stay outside the bundle and load from node_modules.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@prisma/client", "tinypool"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // The read cache (lib/read-cache, decision 0018): "use cache" on the public reads, with the
  // tags' expirations shared between instances on PostgreSQL by LISTEN/NOTIFY.
  cacheHandlers: { default: path.resolve("lib/read-cache/shared-tags-handler.mjs") },
  experimental: {
    useCache: true,
    // forbidden() renders app/forbidden.tsx with a 403 for pages an account's role does not reach.
    authInterrupts: true,
    // The proxy refuses bodies over each route's limit (lib/http/body-limits.ts) from their
    // Content-Length; these two must not be lower, or Next.js would cut an allowed body short
    // (proxy) or answer 500 (server actions: a 2 MB upload with the form around it).
    proxyClientMaxBodySize: MAX_BODY_BYTES,
    serverActions: { bodySizeLimit: MAX_BODY_BYTES },
  },
  // The fixed security headers also on static files, which the proxy does not see.
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS.map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
