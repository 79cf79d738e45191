// Every request to better-auth's endpoints (/api/auth/*) comes through here: the API route and the
// login form's server action. Before better-auth sees a body, it is read within its size limit,
// parsed from whichever encoding better-auth would accept (JSON or a URL-encoded form), checked
// for nesting depth, and passed on as JSON. So the per-account sign-in limit reads the email from
// exactly the body better-auth will check, whatever its encoding, and a body better-auth could
// parse but we could not never reaches it.
import { BODY_LIMITS, JSON_DEPTH_LIMIT, jsonDepthExceeds } from "@/lib/http/body-limits";
import { readBodyText } from "@/lib/http/read-body";
import { mediaType } from "@/lib/http/same-origin";
import { reserveAttempt, settleAttempt } from "./account-limit";
import { getAuth } from "./auth";

const BASE_PATH = "/api/auth";
const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const ACCEPTED_TYPES = ["application/json", "application/x-www-form-urlencoded"];

function jsonError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ code, message }, { status, headers });
}

/** The endpoint path as better-auth's router would match it: no base path, no doubled or trailing slashes, any case. */
export function endpointPath(pathname: string): string {
  let path = pathname.replace(/\/{2,}/g, "/");
  if (path.toLowerCase().startsWith(BASE_PATH)) path = path.slice(BASE_PATH.length);
  return path.replace(/\/+$/, "").toLowerCase() || "/";
}

type ParsedBody = { ok: true; body: Record<string, unknown> | null } | { ok: false; response: Response };

async function parseBody(request: Request): Promise<ParsedBody> {
  if (!BODY_METHODS.has(request.method) || request.body === null) return { ok: true, body: null };
  const read = await readBodyText(request, BODY_LIMITS.auth.bytes);
  if (!read.ok) {
    return { ok: false, response: Response.json({ code: "PAYLOAD_TOO_LARGE", message: `The body is over the ${BODY_LIMITS.auth.label} limit.`, limit: BODY_LIMITS.auth }, { status: 413 }) };
  }
  if (read.text === "") return { ok: true, body: null };
  const type = mediaType(request.headers.get("content-type"));
  let body: unknown;
  if (type === "application/json") {
    if (jsonDepthExceeds(read.text)) {
      return { ok: false, response: jsonError(422, "TOO_DEEP", `The JSON is nested more than ${JSON_DEPTH_LIMIT} levels deep.`) };
    }
    try {
      body = JSON.parse(read.text);
    } catch {
      return { ok: false, response: jsonError(400, "INVALID_JSON", "The body is not valid JSON.") };
    }
  } else if (type === "application/x-www-form-urlencoded") {
    body = Object.fromEntries(new URLSearchParams(read.text));
  } else {
    return { ok: false, response: jsonError(415, "UNSUPPORTED_MEDIA_TYPE", `Send the body as ${ACCEPTED_TYPES.join(" or ")}.`) };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { ok: false, response: jsonError(400, "INVALID_BODY", "The body must be an object.") };
  }
  return { ok: true, body: body as Record<string, unknown> };
}

/** The same request with `body` as its JSON body. */
function withJsonBody(request: Request, body: Record<string, unknown>): Request {
  const headers = new Headers(request.headers);
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  return new Request(request.url, { method: request.method, headers, body: JSON.stringify(body), signal: request.signal });
}

/** A password sign-in is counted against its account; any body naming an email and a password is one. */
function signInEmail(path: string, body: Record<string, unknown> | null): string | null | "missing" {
  const isSignIn = path === "/sign-in/email";
  const email = body?.email;
  const hasEmail = typeof email === "string" && email.trim() !== "";
  if (hasEmail && (isSignIn || body?.password !== undefined)) return email;
  return isSignIn ? "missing" : null;
}

/**
 * better-auth's handler behind the request-edge rules. A refused sign-in answers 429 with
 * x-retry-after, as the per-address limit does.
 */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const parsed = await parseBody(request);
  if (!parsed.ok) return parsed.response;
  const path = endpointPath(new URL(request.url).pathname);
  let body = parsed.body;
  // A new password ends every other session of the account (better-auth keeps them by default).
  if (body && path === "/change-password") body = { ...body, revokeOtherSessions: true };
  const forwarded = body ? withJsonBody(request, body) : request;

  const email = request.method === "POST" ? signInEmail(path, body) : null;
  if (email === "missing") return jsonError(400, "EMAIL_REQUIRED", "Give the account's email address.");
  if (email === null) return getAuth().handler(forwarded);

  const reservation = await reserveAttempt(email);
  if (!reservation.ok) {
    return jsonError(429, "TOO_MANY_ATTEMPTS_FOR_ACCOUNT", "Too many failed sign-ins for this account; wait before trying again.", {
      "x-retry-after": String(reservation.waitSeconds),
    });
  }
  let response: Response;
  try {
    response = await getAuth().handler(forwarded);
  } catch (error) {
    await settleAttempt(email, "not-checked");
    throw error;
  }
  await settleAttempt(email, response.ok ? "succeeded" : response.status === 401 ? "failed" : "not-checked");
  return response;
}
