// The PAL pages under /people/:id: the person's checklists, and the form to complete (or correct) one.
import { Route } from 'react-router-dom';
import { PalFormPage } from './PalFormPage';
import { PalPage } from './PalPage';

export const personPalRoutes = (
  <>
    <Route path="pal" element={<PalPage />} />
    <Route path="pal/new" element={<PalFormPage />} />
  </>
);
