// Every page's frame: skip link, header, the main landmark and the footer.
import type { MouseEvent } from 'react';
import { Outlet } from 'react-router-dom';
import { Footer } from './Footer';
import { Header } from './Header';

export function Layout() {
  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent" onClick={focusMain}>
        Skip to main content
      </a>
      <Header />
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
