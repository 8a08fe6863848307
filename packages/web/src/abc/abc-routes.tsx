// The ABC record pages, inside the person's layout (relative to /people/:id): the records, recording one (or a
// correction), one record, and what the records show.
import { Route } from 'react-router-dom';
import { AbcAnalysisPage } from './AbcAnalysisPage';
import { AbcFormPage } from './AbcFormPage';
import { AbcRecordPage } from './AbcRecordPage';
import { AbcRecordsPage } from './AbcRecordsPage';

export const personAbcRoutes = (
  <>
    <Route path="behaviour-support/abc" element={<AbcRecordsPage />} />
    <Route path="behaviour-support/abc/new" element={<AbcFormPage />} />
    <Route path="behaviour-support/abc/:recordId" element={<AbcRecordPage />} />
    <Route path="behaviour-support/analysis" element={<AbcAnalysisPage />} />
  </>
);
