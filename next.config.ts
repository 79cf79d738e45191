import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and WASM database drivers stay outside the bundle and load from node_modules.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@prisma/client"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // forbidden() renders app/forbidden.tsx with a 403 for pages an account's role does not reach.
  experimental: { authInterrupts: true },
};

export default nextConfig;
