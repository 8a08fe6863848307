// The NHS error summary: lists every problem at the top of the form, links each to its field, and takes focus.
import { useEffect, useRef, type ReactNode } from 'react';
import type { FieldError } from '@hearth/core';
import { fieldTargetId } from '../forms/field-ids';

interface Props {
  errors: FieldError[];
  /** A problem that belongs to no one field, such as "the code is not right". */
  description?: string;
  heading?: string;
  /** Changes each time the form is submitted, so focus moves back to the summary on every failed attempt. */
  focusKey?: number;
  /** Extra content under the list, such as a button to reload. */
  children?: ReactNode;
  /** The heading's id, where a page has more than one form that can show a summary. */
  headingId?: string;
}

export function ErrorSummary({
  errors,
  description,
  heading = 'There is a problem',
  focusKey = 0,
  children,
  headingId = 'error-summary-title',
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const hasContent = errors.length > 0 || Boolean(description);

  useEffect(() => {
    if (hasContent) ref.current?.focus();
  }, [hasContent, focusKey]);

  if (!hasContent) return null;
  return (
    <div className="nhsuk-error-summary" ref={ref} tabIndex={-1} aria-labelledby={headingId}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading" id={headingId}>
          {heading}
        </h2>
        <div className="nhsuk-error-summary__body">
          {description && <p>{description}</p>}
          {errors.length > 0 && (
            <ul className="nhsuk-list nhsuk-error-summary__list">
              {errors.map((error) => (
                <li key={`${error.field}:${error.message}`}>
                  <a
                    href={`#${fieldTargetId(error.field)}`}
                    onClick={(event) => {
                      // Focus the field itself: a plain hash link would change the route's URL.
                      event.preventDefault();
                      const target = document.getElementById(fieldTargetId(error.field));
                      target?.scrollIntoView({ block: 'center' });
                      target?.focus();
                    }}
                  >
                    {error.message}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {children}
        </div>
      </div>
    </div>
  );
}
