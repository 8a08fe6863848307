// The visit record pages' routes: those under a person, and the visits and escalated concerns pages.
import { Route } from 'react-router-dom';
import { EscalationsPage } from './EscalationsPage';
import { RecordVisitPage } from './RecordVisitPage';
import { VisitRecordPage } from './VisitRecordPage';
import { VisitRecordsPage } from './VisitRecordsPage';
import { VisitsPage } from './VisitsPage';

/** Inside the person's layout (relative to /people/:id). */
export const personVisitRoutes = (
  <>
    <Route path="visits" element={<VisitRecordsPage />} />
    <Route path="visits/new" element={<RecordVisitPage />} />
    <Route path="visits/:recordId" element={<VisitRecordPage />} />
  </>
);

export const visitRoutes = (
  <>
    <Route path="/visits" element={<VisitsPage />} />
    <Route path="/visits/concerns" element={<EscalationsPage />} />
  </>
);
