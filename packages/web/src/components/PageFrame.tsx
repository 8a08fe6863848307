// Every page's frame: skip link, the header given, the main landmark with the page, and the footer. Staff pages and
// the shared record each bring their own header.
import type { MouseEvent, ReactNode } from 'react';
import { Outlet } from 'react-router-dom';
import { Footer } from './Footer';

export function PageFrame({ header }: { header: ReactNode }) {
  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent" onClick={focusMain}>
        Skip to main content
      </a>
      {header}
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <Footer />
    </>
  );
}

/** Moves focus without changing the URL, which the router owns. */
function focusMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('maincontent')?.focus();
}
