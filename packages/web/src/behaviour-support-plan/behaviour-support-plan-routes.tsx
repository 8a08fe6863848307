// The behaviour support plan's pages under /people/:id: the plan, writing a new version, agreeing it, reviewing it,
// and any one version.
import { Route } from 'react-router-dom';
import { BspAgreePage } from './BspAgreePage';
import { BspEditPage } from './BspEditPage';
import { BspPage } from './BspPage';
import { BspReviewPage } from './BspReviewPage';
import { BspVersionPage } from './BspVersionPage';

export const personBehaviourSupportPlanRoutes = (
  <>
    <Route path="behaviour-support/plan" element={<BspPage />} />
    <Route path="behaviour-support/plan/edit" element={<BspEditPage />} />
    <Route path="behaviour-support/plan/agree" element={<BspAgreePage />} />
    <Route path="behaviour-support/plan/review" element={<BspReviewPage />} />
    <Route path="behaviour-support/plan/versions/:version" element={<BspVersionPage />} />
  </>
);
