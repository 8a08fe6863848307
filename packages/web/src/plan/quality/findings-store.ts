// The section editor's latest audit, held outside React state: each note beside a field subscribes to its own
// field, so a new audit re-renders only the notes that changed and the panel, never the whole form.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Finding } from '@hearth/core';
import { findingKey, type SectionQualityView } from './section-findings';

const none: readonly Finding[] = [];

export interface FindingsStore {
  subscribe: (listener: () => void) => () => void;
  view: () => SectionQualityView | null;
  forField: (editorField: string) => readonly Finding[];
  publish: (next: SectionQualityView) => void;
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return (
    a.length === b.length &&
    a.every((f, i) => {
      const other = b[i];
      return other !== undefined && findingKey(f) === findingKey(other) && f.howToFix === other.howToFix;
    })
  );
}

function sameView(a: SectionQualityView, b: SectionQualityView): boolean {
  if (a.score !== b.score || a.planWide !== b.planWide || a.byField.size !== b.byField.size) return false;
  if (a.counts.fail !== b.counts.fail || a.counts.warn !== b.counts.warn) return false;
  const samePanel = a.panel.every((p, i) => {
    const other = b.panel[i];
    return other !== undefined && p.key === other.key && p.targetId === other.targetId;
  });
  if (a.panel.length !== b.panel.length || !samePanel) return false;
  for (const [field, list] of a.byField) if (b.byField.get(field) !== list) return false;
  return true;
}

export function createFindingsStore(): FindingsStore {
  let current: SectionQualityView | null = null;
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    view: () => current,
    forField: (editorField) => current?.byField.get(editorField) ?? none,
    publish: (next) => {
      // A field whose findings read the same keeps its list, so its note does not render again.
      const byField = new Map<string, readonly Finding[]>();
      for (const [field, list] of next.byField) {
        const before = current?.byField.get(field);
        byField.set(field, before && sameFindings(before, list) ? before : list);
      }
      const steadied = { ...next, byField };
      if (current && sameView(current, steadied)) return;
      current = steadied;
      for (const listener of listeners) listener();
    },
  };
}

export const FindingsStoreContext = createContext<FindingsStore | null>(null);

const noStore: FindingsStore['subscribe'] = () => () => undefined;

/** The findings beside one field; none outside a section editor. */
export function useFieldFindings(editorField: string): readonly Finding[] {
  const store = useContext(FindingsStoreContext);
  return useSyncExternalStore(store?.subscribe ?? noStore, () => store?.forField(editorField) ?? none);
}

/** The section's whole view, for the panel; null until the first audit. */
export function useSectionQualityView(): SectionQualityView | null {
  const store = useContext(FindingsStoreContext);
  return useSyncExternalStore(store?.subscribe ?? noStore, () => store?.view() ?? null);
}
