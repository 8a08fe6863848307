// The planned visits pages' routes: a care worker's own visits, and the rounds that seniors and managers plan.
import { Route } from 'react-router-dom';
import { CancelVisitPage } from './CancelVisitPage';
import { MyVisitsPage } from './MyVisitsPage';
import { PlanVisitPage } from './PlanVisitPage';
import { RoundsPage } from './RoundsPage';

export const plannedVisitRoutes = (
  <>
    <Route path="/my-visits" element={<MyVisitsPage />} />
    <Route path="/rounds" element={<RoundsPage />} />
    <Route path="/rounds/plan" element={<PlanVisitPage />} />
    <Route path="/rounds/visits/:id/cancel" element={<CancelVisitPage />} />
  </>
);
