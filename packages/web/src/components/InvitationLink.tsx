// An invitation link shown once to the staff member who sends it (Hearth keeps only its hash): who to send it to,
// when it expires, the link to select or copy, and room for the page's own next steps beside "Copy link".
import { useState, type ReactNode } from 'react';
import { formatDateTime } from '../format';

interface Props {
  /** The path the server gave, such as /invitations/… or /shared/join/… */
  link: string;
  email: string;
  expiresAt: string;
  inputId: string;
  children?: ReactNode;
}

export function InvitationLink({ link, email, expiresAt, inputId, children }: Props) {
  const url = new URL(link, window.location.origin).toString();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <>
      <p className="nhsuk-body">
        Copy this link and send it to {email}. It is shown only once: Hearth keeps no copy of it. It works once and expires on{' '}
        {formatDateTime(expiresAt)}.
      </p>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={inputId}>
          Invitation link
        </label>
        <input
          className="nhsuk-input"
          id={inputId}
          readOnly
          value={url}
          onFocus={(e) => {
            e.currentTarget.select();
          }}
        />
      </div>
      <div className="nhsuk-button-group">
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void copy()}>
          Copy link
        </button>
        {children}
      </div>
      <p className="nhsuk-body" role="status">
        {copied ? 'The link has been copied.' : ''}
      </p>
    </>
  );
}
