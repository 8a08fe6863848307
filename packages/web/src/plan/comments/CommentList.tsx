// Comments as a list, newest first: who wrote each (and their role), when, against which plan version and about what.
import { staffRoleLabels, type PlanComment } from '@hearth/core';
import { formatDateTime } from '../../format';

interface Props {
  comments: PlanComment[];
  /** The section's title for a key; omitted where every comment is about the same section. */
  sectionTitle?: (key: string) => string;
  /** What to say when there are none. */
  empty: string;
}

export function CommentList({ comments, sectionTitle, empty }: Props) {
  if (comments.length === 0) return <p className="nhsuk-body hearth-muted">{empty}</p>;
  return (
    <ul className="nhsuk-list hearth-notes">
      {comments.map((comment) => (
        <li className="hearth-note" key={comment.id}>
          <p className="nhsuk-body-s hearth-note__meta">
            <strong>{comment.author.name}</strong>
            {comment.author.role && ` (${staffRoleLabels[comment.author.role]})`},{' '}
            <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
            <span className="hearth-block">
              {sectionTitle && (comment.sectionKey ? `About ${sectionTitle(comment.sectionKey)}` : 'About the plan as a whole')}
              {sectionTitle && ', '}
              {sectionTitle ? `plan version ${comment.planVersion}` : `Plan version ${comment.planVersion}`}
            </span>
          </p>
          <p className="nhsuk-body hearth-pre-wrap">{comment.body}</p>
        </li>
      ))}
    </ul>
  );
}
