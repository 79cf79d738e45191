/** A labelled input with its error beside it, wired for screen readers (aria-invalid, aria-describedby). */
export function AuthField({
  id: idProp,
  name,
  label,
  error,
  hint,
  children,
}: {
  /** Defaults to auth-<name>; set it when two forms on a page share field names. */
  id?: string;
  name: string;
  label: string;
  error?: string;
  hint?: string;
  children: (props: { id: string; name: string; "aria-invalid": boolean; "aria-describedby": string | undefined; className: string }) => React.ReactNode;
}) {
  const id = idProp ?? `auth-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-900">
        {label}
      </label>
      {children({ id, name, "aria-invalid": Boolean(error), "aria-describedby": describedBy, className: AUTH_INPUT_CLASS })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export const AUTH_INPUT_CLASS =
  "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm text-stone-900 shadow-sm focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200 aria-[invalid=true]:border-red-600";

export const AUTH_BUTTON_CLASS =
  "rounded-md bg-indigo-900 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 focus:outline-none focus:ring-2 focus:ring-indigo-300 disabled:opacity-60";

/** After a failed submit, moves focus to the first field in error, else to the form's message. */
export function focusFirstError(form: HTMLFormElement | null): void {
  if (!form) return;
  const target = form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>("[data-form-message]");
  target?.focus();
}
