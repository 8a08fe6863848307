// The pages about a person's contacts and what the person shares with each (staff side), under /people/:id.
import { Route } from 'react-router-dom';
import { AddContactPage } from './AddContactPage';
import { ContactPage } from './ContactPage';
import { SharingPage } from './SharingPage';

export const personSharingRoutes = (
  <>
    <Route path="sharing" element={<SharingPage />} />
    <Route path="sharing/new" element={<AddContactPage />} />
    <Route path="sharing/:contactId" element={<ContactPage />} />
  </>
);
