"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { ROLES, type Role } from "@/lib/auth/roles";

/** One user's role, with a button to change it; the answer (or refusal) is shown beside it. */
export function RoleForm({
  action,
  userId,
  email,
  role,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  userId: string;
  email: string;
  role: Role;
}) {
  const [state, submit, pending] = useActionState(action, IDLE);
  const messageId = `role-message-${userId}`;
  return (
    <form action={submit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {email}
      </label>
      <select
        id={`role-${userId}`}
        name="role"
        defaultValue={role}
        key={role}
        aria-invalid={state.status === "error"}
        aria-describedby={state.message ? messageId : undefined}
        className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-600"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending} className="rounded-md border border-stone-300 px-2.5 py-1 text-sm font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60">
        Change role<span className="sr-only"> of {email}</span>
      </button>
      {state.message && (
        <span id={messageId} role={state.status === "error" ? "alert" : "status"} className={`text-sm ${state.status === "error" ? "text-red-700" : "text-emerald-800"}`}>
          {state.message}
        </span>
      )}
    </form>
  );
}
