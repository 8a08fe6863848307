// The pages about a person's mental capacity: status, assessments and best-interests decisions, under /people/:id.
import { Route } from 'react-router-dom';
import { CapacityPage } from './CapacityPage';
import { NewAssessmentPage } from './NewAssessmentPage';
import { NewBestInterestsPage } from './NewBestInterestsPage';

export const personCapacityRoutes = (
  <>
    <Route path="capacity" element={<CapacityPage />} />
    <Route path="capacity/assessments/new" element={<NewAssessmentPage />} />
    <Route path="capacity/assessments/:assessmentId/best-interests/new" element={<NewBestInterestsPage />} />
  </>
);
