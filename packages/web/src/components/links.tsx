// Links in NHS design system styles that stay inside the single-page app.
import type { KeyboardEvent, ReactNode } from 'react';
import { Link } from 'react-router-dom';

export function BackLink({ to, children = 'Back' }: { to: string; children?: ReactNode }) {
  return (
    <Link className="nhsuk-back-link" to={to}>
      {children}
    </Link>
  );
}

/** A link that looks and acts like a button (role="button", Space activates it), as the NHS button component does. */
export function ButtonLink({ to, children, secondary = false }: { to: string; children: ReactNode; secondary?: boolean }) {
  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.key === ' ') {
      event.preventDefault();
      event.currentTarget.click();
    }
  };
  return (
    <Link
      className={`nhsuk-button${secondary ? ' nhsuk-button--secondary' : ''}`}
      to={to}
      role="button"
      draggable={false}
      onKeyDown={onKeyDown}
    >
      {children}
    </Link>
  );
}
