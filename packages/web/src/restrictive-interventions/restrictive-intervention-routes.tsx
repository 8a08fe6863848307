// The pages of a person's restrictive-intervention register, under /people/:id: the register, the form to record a
// use (or correct one), and the debrief form for a use.
import { Route } from 'react-router-dom';
import { DebriefFormPage } from './DebriefFormPage';
import { InterventionFormPage } from './InterventionFormPage';
import { RegisterPage } from './RegisterPage';

const base = 'behaviour-support/restrictive-interventions';

export const personRestrictiveInterventionRoutes = (
  <>
    <Route path={base} element={<RegisterPage />} />
    <Route path={`${base}/new`} element={<InterventionFormPage />} />
    <Route path={`${base}/:interventionId/debrief`} element={<DebriefFormPage />} />
  </>
);
