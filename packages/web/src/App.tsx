// The routes: which page answers which address.
import { Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout';
import { PersonLayout } from './people/PersonLayout';
import { InvitationPage } from './pages/InvitationPage';
import { MfaCodePage } from './pages/MfaCodePage';
import { MfaEnrolPage } from './pages/MfaEnrolPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PeoplePage } from './pages/PeoplePage';
import { PersonEditPage } from './pages/PersonEditPage';
import { PersonHistoryPage } from './pages/PersonHistoryPage';
import { PersonNewPage } from './pages/PersonNewPage';
import { PersonPage } from './pages/PersonPage';
import { ServicesPage } from './pages/ServicesPage';
import { SignInPage } from './pages/SignInPage';
import { StaffInvitePage } from './pages/StaffInvitePage';
import { StaffMemberPage } from './pages/StaffMemberPage';
import { StaffPage } from './pages/StaffPage';
import { HomeRedirect } from './pages/HomeRedirect';
import { RequireSession } from './session/RequireSession';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/sign-in/code" element={<MfaCodePage />} />
        <Route path="/sign-in/set-up-authenticator" element={<MfaEnrolPage />} />
        <Route path="/invitations/:token" element={<InvitationPage />} />
        <Route element={<RequireSession />}>
          <Route index element={<HomeRedirect />} />
          <Route path="/people" element={<PeoplePage />} />
          <Route path="/people/new" element={<PersonNewPage />} />
          <Route path="/people/:id" element={<PersonLayout />}>
            <Route index element={<PersonPage />} />
            <Route path="edit" element={<PersonEditPage />} />
            <Route path="history" element={<PersonHistoryPage />} />
          </Route>
          <Route path="/staff" element={<StaffPage />} />
          <Route path="/staff/invite" element={<StaffInvitePage />} />
          <Route path="/staff/:id" element={<StaffMemberPage />} />
          <Route path="/services" element={<ServicesPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
