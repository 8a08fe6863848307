// The scatter plot's pages under /people/:id: the plot, and the form to fill in a day's time slots directly.
import { Route } from 'react-router-dom';
import { ScatterEntryPage } from './ScatterEntryPage';
import { ScatterPlotPage } from './ScatterPlotPage';

export const personScatterPlotRoutes = (
  <>
    <Route path="behaviour-support/scatter-plot" element={<ScatterPlotPage />} />
    <Route path="behaviour-support/scatter-plot/record" element={<ScatterEntryPage />} />
  </>
);
