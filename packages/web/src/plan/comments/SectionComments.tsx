// Under one section of the plan: the comments about that section, and a way to add one.
import type { PlanComment, SectionDefinition } from '@hearth/core';
import { CommentList } from './CommentList';

interface Props {
  definition: SectionDefinition;
  comments: PlanComment[];
  mayComment: boolean;
  onAddComment: (sectionKey: string) => void;
}

export function SectionComments({ definition, comments, mayComment, onAddComment }: Props) {
  const about = comments.filter((c) => c.sectionKey === definition.key);
  return (
    <div className="hearth-section-comments">
      <h3 className="nhsuk-heading-s">Comments on {definition.title}</h3>
      <CommentList comments={about} empty="No comments on this section yet." />
      {mayComment && (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => {
            onAddComment(definition.key);
          }}
        >
          Add a comment<span className="nhsuk-u-visually-hidden"> about {definition.title}</span>
        </button>
      )}
    </div>
  );
}
