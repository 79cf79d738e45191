// better-auth's endpoints (sign-in, sign-out, session) under /api/auth. The instance is looked up
// per request, so nothing touches the database or the secret at build time.
import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";

export const { GET, POST } = toNextJsHandler((request: Request) => getAuth().handler(request));
