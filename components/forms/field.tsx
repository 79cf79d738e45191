/**
 * A labelled form control with its error next to it, wired for screen readers. Selects are keyed by
 * their value by the callers: React resets a form after its action, and a select only takes a new
 * default value when it remounts.
 */
export function Field({
  id: idProp,
  name,
  label,
  error,
  hint,
  children,
}: {
  /** Defaults to field-<name>; set it when two forms on a page share field names. */
  id?: string;
  name: string;
  label: string;
  error?: string;
  hint?: string;
  children: (props: { id: string; name: string; "aria-invalid": boolean; "aria-describedby": string | undefined; className: string }) => React.ReactNode;
}) {
  const id = idProp ?? `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-900">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      )}
      {children({ id, name, "aria-invalid": Boolean(error), "aria-describedby": describedBy, className: inputClass })}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export const inputClass =
  "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm text-stone-900 shadow-sm focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200 aria-[invalid=true]:border-red-600";

export const buttonClass =
  "rounded-md bg-indigo-900 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 focus:outline-none focus:ring-2 focus:ring-indigo-300 disabled:opacity-60";

/** After a failed submit, moves focus to the first field in error, else to the form's message. */
export function focusFirstError(form: HTMLFormElement | null): void {
  if (!form) return;
  const target = form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>("[data-form-message]");
  target?.focus();
}

export function FormMessage({ state }: { state: { status: string; message: string } }) {
  if (state.status !== "error" || !state.message) return null;
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
      {state.message}
    </div>
  );
}
