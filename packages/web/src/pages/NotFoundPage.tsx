// Page not found: for any address Hearth does not know, and for records the user cannot see.
import { Link } from 'react-router-dom';
import { PageHeading } from '../components/PageHeading';

export function NotFoundContent() {
  return (
    <>
      <PageHeading title="Page not found" />
      <p className="nhsuk-body">If you typed the web address, check it is correct.</p>
      <p className="nhsuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="nhsuk-body">
        You can <Link to="/people">go to the list of people</Link>.
      </p>
    </>
  );
}

export function NotFoundPage() {
  return <NotFoundContent />;
}
