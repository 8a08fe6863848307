// The header's bar: Hearth's name (a text logo, never the NHS logo), whose Hearth it is, who is signed in with
// "Sign out", and whatever menu the header adds below.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

interface Props {
  homeTo: string;
  organisation: string | null;
  /** The signed-in reader; null shows no account links. */
  account: { name: string; onSignOut: () => void } | null;
  children?: ReactNode;
}

export function HeaderBar({ homeTo, organisation, account, children }: Props) {
  return (
    <header className="nhsuk-header hearth-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service hearth-header__service">
          <Link className="nhsuk-header__service-name hearth-header__logo" to={homeTo}>
            Hearth
          </Link>
          {organisation !== null && <span className="hearth-header__organisation">{organisation}</span>}
        </div>
        {account && (
          <nav className="nhsuk-header__account" aria-label="Account">
            <ul className="nhsuk-header__account-list">
              <li className="nhsuk-header__account-item">
                <span className="nhsuk-u-visually-hidden">Signed in as </span>
                {account.name}
              </li>
              <li className="nhsuk-header__account-item">
                <button type="button" className="nhsuk-header__account-button" onClick={account.onSignOut}>
                  Sign out
                </button>
              </li>
            </ul>
          </nav>
        )}
      </div>
      {children}
    </header>
  );
}
