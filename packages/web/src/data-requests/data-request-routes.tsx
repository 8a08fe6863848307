// The data request pages' routes: the list, logging one, the report, and one request.
import { Route } from 'react-router-dom';
import { DataRequestPage } from './DataRequestPage';
import { DataRequestReportPage } from './DataRequestReportPage';
import { DataRequestsPage } from './DataRequestsPage';
import { NewDataRequestPage } from './NewDataRequestPage';

export const dataRequestRoutes = (
  <>
    <Route path="/data-requests" element={<DataRequestsPage />} />
    <Route path="/data-requests/new" element={<NewDataRequestPage />} />
    <Route path="/data-requests/report" element={<DataRequestReportPage />} />
    <Route path="/data-requests/:id" element={<DataRequestPage />} />
  </>
);
