// "Comments and progress" on the plan page: every comment on the plan and its sections, and a form to add one.
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { newPlanCommentSchema, type FieldError, type PlanComment, type SectionDefinition } from '@hearth/core';
import { addPlanComment } from '../../api/plan-comments';
import { Textarea } from '../../components/fields';
import { fieldErrorsFromIssues } from '../../forms/field-ids';
import { CommentList } from './CommentList';
import { SectionChoice } from './SectionChoice';
import { useNoteForm } from './useNoteForm';
import type { NoteList } from './usePlanNotes';
import './plan-notes.css';

/** Asks the form to be about a section and takes the user to it; `n` changes with each ask. */
export interface CommentRequest {
  sectionKey: string;
  n: number;
}

interface Props {
  personId: string;
  comments: NoteList<PlanComment>;
  sections: SectionDefinition[];
  mayComment: boolean;
  onAdded: (comment: PlanComment) => void;
  request: CommentRequest | null;
}

export const commentFormId = 'add-comment';
const prefix = 'comment';
// The server names fields as the body does; this form's inputs carry a prefix.
const prefixed = (e: FieldError): FieldError => ({ ...e, field: `${prefix}.${e.field}` });

export function PlanComments({ personId, comments, sections, mayComment, onAdded, request }: Props) {
  const [body, setBody] = useState('');
  const [sectionKey, setSectionKey] = useState('');
  const { form, isSaving, start, send, summary, status } = useNoteForm(prefix, prefixed);
  const textareaId = `${prefix}-body`;
  const lastRequest = useRef(0);

  useEffect(() => {
    if (!request || request.n === lastRequest.current) return;
    lastRequest.current = request.n;
    setSectionKey(request.sectionKey);
    const field = document.getElementById(textareaId);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }, [request, textareaId]);

  if (comments.kind === 'not_shown') return null;
  const titleOf = (key: string) => sections.find((s) => s.key === key)?.title ?? key;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    start();
    const parsed = newPlanCommentSchema.safeParse({ body, sectionKey: sectionKey === '' ? null : sectionKey });
    if (!parsed.success) {
      form.setErrors(fieldErrorsFromIssues(parsed.error.issues).map(prefixed));
      return;
    }
    form.setErrors([]);
    await send(
      () => addPlanComment(personId, parsed.data),
      (comment) => {
        onAdded(comment);
        setBody('');
        return comment.sectionKey ? `Your comment about ${titleOf(comment.sectionKey)} was added.` : 'Your comment was added.';
      },
    );
  };

  return (
    <section className="hearth-notes-area" aria-labelledby="plan-comments-heading">
      <h2 className="nhsuk-heading-m" id="plan-comments-heading">
        Comments and progress
      </h2>
      <p className="nhsuk-body">How the person is getting on towards their goals, in the words of the staff who support them.</p>
      {mayComment && (
        <form id={commentFormId} noValidate onSubmit={(e) => void submit(e)}>
          {summary}
          <SectionChoice
            name={`${prefix}.sectionKey`}
            label="About which part of the plan (optional)"
            value={sectionKey}
            onChange={setSectionKey}
            sections={sections}
            error={form.errorFor(`${prefix}.sectionKey`)}
          />
          <Textarea
            name={`${prefix}.body`}
            label="Your comment"
            hint="For example, progress towards a goal, something that worked well, or a change to raise at the next review."
            value={body}
            onChange={setBody}
            rows={4}
            error={form.errorFor(`${prefix}.body`)}
          />
          <button type="submit" className="nhsuk-button" disabled={isSaving}>
            Add comment
          </button>
          {status}
        </form>
      )}
      <h3 className="nhsuk-heading-s">All comments</h3>
      {comments.kind === 'loading' && <p className="nhsuk-body">Loading comments…</p>}
      {comments.kind === 'failed' && <p className="nhsuk-body">{comments.message}</p>}
      {comments.kind === 'ready' && <CommentList comments={comments.items} sectionTitle={titleOf} empty="No comments yet." />}
    </section>
  );
}
