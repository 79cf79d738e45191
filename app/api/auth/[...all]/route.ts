// better-auth's endpoints (sign-in, sign-out, session) under /api/auth, with the
// request-edge rules in front (lib/auth/auth-request.ts). The instance is looked up
// per request, so nothing touches the database or the secret at build time.
import { toNextJsHandler } from "better-auth/next-js";
import { handleAuthRequest } from "@/lib/auth/auth-request";

export const { GET, POST } = toNextJsHandler((request: Request) => handleAuthRequest(request));
