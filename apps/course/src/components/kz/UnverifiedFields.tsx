import React, { type ReactNode } from 'react';

/** A source's bibliographic fields that could not be verified, each with why: for the data users' views. */
export function UnverifiedFields({ fields }: { fields: readonly { field: string; note: string }[] }): ReactNode {
  return (
    <ul>
      {fields.map((u) => (
        <li key={u.field}>
          <code>{u.field}</code>: {u.note}
        </li>
      ))}
    </ul>
  );
}
