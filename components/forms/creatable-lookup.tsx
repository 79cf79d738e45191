"use client";

import { useState, type ComponentProps } from "react";
import { EntityCreator, type CreatableKind } from "./entity-creator";
import { LookupCombobox } from "./lookup-combobox";

/**
 * A picker that also creates: when the ledger lacks what was typed, "Create “…”" opens the
 * creator below it, and the new outlet, actor or place becomes the choice.
 */
export function CreatableLookup({ create, ...picker }: Omit<ComponentProps<typeof LookupCombobox>, "onCreate"> & { create: CreatableKind }) {
  const [creating, setCreating] = useState<string | null>(null);
  return (
    <>
      <LookupCombobox {...picker} onCreate={setCreating} />
      {creating !== null && (
        <EntityCreator
          kind={create}
          initialName={creating}
          onCreated={(item) => {
            setCreating(null);
            picker.onChange(item);
          }}
          onCancel={() => {
            setCreating(null);
            document.getElementById(picker.id)?.focus();
          }}
        />
      )}
    </>
  );
}
