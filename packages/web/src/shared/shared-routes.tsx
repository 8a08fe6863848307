// The pages outside readers use (the person, family, advocates, officers): sign in, accept an invitation, read.
// Rendered outside the staff layout, with a frame of their own and no staff navigation.
import { Link, Route } from 'react-router-dom';
import { PageHeading } from '../components/PageHeading';
import { SharedHomePage } from './SharedHomePage';
import { SharedJoinPage } from './SharedJoinPage';
import { RequireSharedSession, SharedLayout } from './SharedLayout';
import { SharedPersonPage } from './SharedPersonPage';
import { SharedRecordViewsPage } from './SharedRecordViewsPage';
import { SharedSignInPage } from './SharedSignInPage';

export const sharedRoutes = (
  <Route path="/shared" element={<SharedLayout />}>
    <Route path="sign-in" element={<SharedSignInPage />} />
    <Route path="join/:token" element={<SharedJoinPage />} />
    <Route element={<RequireSharedSession />}>
      <Route index element={<SharedHomePage />} />
      <Route path="people/:personId" element={<SharedPersonPage />} />
      <Route path="people/:personId/views" element={<SharedRecordViewsPage />} />
    </Route>
    <Route path="*" element={<SharedNotFound />} />
  </Route>
);

function SharedNotFound() {
  return (
    <>
      <PageHeading title="Page not found" />
      <p className="nhsuk-body">If you typed the web address, check it is correct.</p>
      <p className="nhsuk-body">
        <Link to="/shared">Go to shared records</Link>
      </p>
    </>
  );
}
