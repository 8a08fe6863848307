// Loads the comments and attached files the plan page shows, and keeps each list up to date as the user adds to it.
import { useCallback, useEffect, useState } from 'react';
import type { PlanAttachment, PlanComment } from '@hearth/core';
import { listPlanAttachments, listPlanComments } from '../../api/plan-comments';
import { failureMessage } from '../../plan-views/useLoaded';

export type NoteList<T> =
  { kind: 'loading' } | { kind: 'ready'; items: T[] } | { kind: 'failed'; message: string } | { kind: 'not_shown' };

function useNoteList<T>(load: () => Promise<T[]>, isShown: boolean, key: string) {
  const [list, setList] = useState<NoteList<T>>(isShown ? { kind: 'loading' } : { kind: 'not_shown' });
  useEffect(() => {
    if (!isShown) {
      setList({ kind: 'not_shown' });
      return;
    }
    let isCurrent = true;
    setList({ kind: 'loading' });
    load()
      .then((items) => {
        if (isCurrent) setList({ kind: 'ready', items });
      })
      .catch((error: unknown) => {
        if (isCurrent) setList({ kind: 'failed', message: failureMessage(error) });
      });
    return () => {
      isCurrent = false;
    };
    // Reloaded when the person (key) or whether it is shown changes; `load` is a new closure each render.
  }, [key, isShown]);
  /** Puts a newly added item first, as the server would list it. */
  const prepend = useCallback((item: T) => {
    setList((current) =>
      current.kind === 'ready' ? { kind: 'ready', items: [item, ...current.items] } : { kind: 'ready', items: [item] },
    );
  }, []);
  return { list, prepend };
}

export function usePlanNotes(personId: string, show: { comments: boolean; attachments: boolean }) {
  const comments = useNoteList<PlanComment>(() => listPlanComments(personId), show.comments, personId);
  const attachments = useNoteList<PlanAttachment>(() => listPlanAttachments(personId), show.attachments, personId);
  return {
    comments: comments.list,
    addedComment: comments.prepend,
    attachments: attachments.list,
    addedAttachment: attachments.prepend,
  };
}

export function itemsOf<T>(list: NoteList<T>): T[] {
  return list.kind === 'ready' ? list.items : [];
}
