// The page's one h1: sets the document title and takes focus when the page opens, so screen readers hear where they are.
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  /** Used in the browser tab: "<title> – Hearth". */
  title: string;
  children?: ReactNode;
  caption?: string;
  /** Prefixes the tab title with "Error:" while the page shows errors. */
  hasErrors?: boolean;
  /** Leave focus alone, for example when an error summary takes it instead. */
  skipFocus?: boolean;
  size?: 'l' | 'xl';
}

export function PageHeading({ title, children, caption, hasErrors = false, skipFocus = false, size = 'l' }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(title, hasErrors);

  useEffect(() => {
    if (!skipFocus) ref.current?.focus({ preventScroll: false });
    // Focus when the page (its title) changes, not on every re-render.
  }, [title, skipFocus]);

  return (
    <h1 ref={ref} tabIndex={-1} className={`nhsuk-heading-${size} hearth-page-heading`}>
      {caption && (
        <span className="nhsuk-caption-l">
          {caption}
          <span className="nhsuk-u-visually-hidden"> - </span>
        </span>
      )}
      {children ?? title}
    </h1>
  );
}

export function useDocumentTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – Hearth`;
  }, [title, hasErrors]);
}
