// The organisation's restrictive-intervention trends, by service.
import { Route } from 'react-router-dom';
import { organisationBehaviourSupportPaths } from '../behaviour-support/paths';
import { TrendsPage } from './TrendsPage';

export const restrictiveInterventionTrendRoutes = (
  <Route path={organisationBehaviourSupportPaths.interventionTrends} element={<TrendsPage />} />
);
