// What changed between two versions of a person's record, field by field, for the history view.
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export function diffRecords(before: Record<string, unknown> | null, after: Record<string, unknown>): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  const changes: FieldChange[] = [];
  for (const field of [...fields].sort()) {
    const from = before?.[field] ?? null;
    const to = after[field] ?? null;
    if (canonical(from) !== canonical(to)) changes.push({ field, from, to });
  }
  return changes;
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
