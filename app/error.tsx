"use client";

import { useEffect } from "react";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="py-16 text-center">
      <h1 className="text-2xl font-semibold text-stone-900">This page could not be loaded</h1>
      <p className="mt-2 text-stone-700">
        Something went wrong on our side. Nothing was changed.
        {error.digest && <span className="block font-mono text-xs text-stone-600">Reference: {error.digest}</span>}
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-indigo-900 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800"
      >
        Try again
      </button>
    </div>
  );
}
