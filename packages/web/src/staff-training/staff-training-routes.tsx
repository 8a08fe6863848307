// The organisation's training and competence pages (under /training) and the services' behaviour-support-planning
// audits (under /behaviour-support/audits).
import { Route } from 'react-router-dom';
import { AuditFormPage } from '../behaviour-support-audit/AuditFormPage';
import { AuditPage } from '../behaviour-support-audit/AuditPage';
import { auditPaths } from '../behaviour-support-audit/audit-paths';
import { AuditsOverviewPage } from '../behaviour-support-audit/AuditsOverviewPage';
import { ServiceAuditsPage } from '../behaviour-support-audit/ServiceAuditsPage';
import { CheckFormPage } from './CheckFormPage';
import { CheckPage } from './CheckPage';
import { StaffTrainingPage } from './StaffTrainingPage';
import { TrainingOverviewPage } from './TrainingOverviewPage';
import { TrainingRecordFormPage } from './TrainingRecordFormPage';
import { trainingPaths } from './training-paths';

export const staffTrainingRoutes = (
  <>
    <Route path={trainingPaths.overview} element={<TrainingOverviewPage />} />
    <Route path={trainingPaths.staff(':staffId')} element={<StaffTrainingPage />} />
    <Route path={trainingPaths.newRecord(':staffId')} element={<TrainingRecordFormPage />} />
    <Route path={trainingPaths.newCompetence(':staffId')} element={<CheckFormPage key="competence" kind="competence" />} />
    <Route path={trainingPaths.newObservation(':staffId')} element={<CheckFormPage key="observation" kind="observation" />} />
    <Route path={trainingPaths.check(':staffId', ':checkId')} element={<CheckPage />} />
    <Route path={auditPaths.overview} element={<AuditsOverviewPage />} />
    <Route path={auditPaths.service(':serviceId')} element={<ServiceAuditsPage />} />
    <Route path={auditPaths.newAudit(':serviceId')} element={<AuditFormPage />} />
    <Route path={auditPaths.audit(':serviceId', ':auditId')} element={<AuditPage />} />
  </>
);
