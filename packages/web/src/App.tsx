// The routes: which page answers which address.
import { Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout';
import { PersonLayout } from './people/PersonLayout';
import { InvitationPage } from './pages/InvitationPage';
import { MfaCodePage } from './pages/MfaCodePage';
import { MfaEnrolPage } from './pages/MfaEnrolPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PeoplePage } from './pages/PeoplePage';
import { PersonEditPage } from './pages/PersonEditPage';
import { PersonHistoryPage } from './pages/PersonHistoryPage';
import { PersonNewPage } from './pages/PersonNewPage';
import { PersonPage } from './pages/PersonPage';
import { ServicesPage } from './pages/ServicesPage';
import { EmergencyPackPage } from './emergency-pack/EmergencyPackPage';
import { SignInPage } from './pages/SignInPage';
import { StaffInvitePage } from './pages/StaffInvitePage';
import { StaffMemberPage } from './pages/StaffMemberPage';
import { StaffPage } from './pages/StaffPage';
import { HomeRedirect } from './pages/HomeRedirect';
import { RequireSession } from './session/RequireSession';
import { AgreePage } from './plan/AgreePage';
import { DraftPage } from './plan/DraftPage';
import { PlanPage } from './plan/PlanPage';
import { ReviewPage } from './plan/ReviewPage';
import { SectionEditPage } from './plan/SectionEditPage';
import { NowPage } from './plan-views/NowPage';
import { PlanComparePage } from './plan-views/PlanComparePage';
import { PlansAttentionPage } from './plan-views/PlansAttentionPage';
import { PlanQualityPage } from './plan-quality/PlanQualityPage';
import { auditTemplateRoutes, personManualAuditRoutes } from './manual-audits/manual-audit-routes';
import { PlanVersionPage } from './plan-views/PlanVersionPage';
import { PlanVersionsPage } from './plan-views/PlanVersionsPage';
import { PlanSectionsPage } from './settings/plan-sections/PlanSectionsPage';
import { AuditSettingsPage } from './settings/plan-audit/AuditSettingsPage';
import { PlanFindingsPage } from './quality-actions/PlanFindingsPage';
import { QualityActionPage } from './quality-actions/QualityActionPage';
import { QualityActionsPage } from './quality-actions/QualityActionsPage';
import { RaiseActionPage } from './quality-actions/RaiseActionPage';
import { AreasPage } from './personalisation/AreasPage';
import { AssessmentPage } from './personalisation/AssessmentPage';
import { HomePersonalisationPage } from './personalisation/HomePersonalisationPage';
import { NewAssessmentPage } from './personalisation/NewAssessmentPage';
import { PersonalisationHomesPage } from './personalisation/PersonalisationHomesPage';
import { RaisePlanActionPage } from './personalisation/RaisePlanActionPage';
import { CommunicationNeedsEditPage } from './communication-needs/CommunicationNeedsEditPage';
import { CommunicationNeedsPage } from './communication-needs/CommunicationNeedsPage';
import { personVisitRoutes, visitRoutes } from './visit-records/visit-record-routes';
import { dataRequestRoutes } from './data-requests/data-request-routes';
import { InformationChoicesPage } from './information-choices/InformationChoicesPage';
import { RecordChoicesPage } from './information-choices/RecordChoicesPage';
import { personSharingRoutes } from './sharing/sharing-routes';
import { personCapacityRoutes } from './capacity/capacity-routes';
import { personCapacityRecordRoutes } from './capacity-records/capacity-record-routes';
import { sharedRoutes } from './shared/shared-routes';
import { personAbcRoutes } from './abc/abc-routes';
import { personScatterPlotRoutes } from './scatter-plot/scatter-plot-routes';
import { personPalRoutes } from './pal/pal-routes';
import { personRestrictiveInterventionRoutes } from './restrictive-interventions/restrictive-intervention-routes';
import { personBehaviourSupportPlanRoutes } from './behaviour-support-plan/behaviour-support-plan-routes';
import { palSettingsRoutes } from './pal/pal-settings-routes';
import { restrictiveInterventionTrendRoutes } from './restrictive-interventions/restrictive-intervention-trend-routes';
import { staffTrainingRoutes } from './staff-training/staff-training-routes';
import { plannedVisitRoutes } from './planned-visits/planned-visit-routes';
import { BehaviourSupportPage } from './behaviour-support/BehaviourSupportPage';
import { BehaviourSupportServicesPage } from './behaviour-support/BehaviourSupportServicesPage';

export function App() {
  return (
    <Routes>
      {sharedRoutes}
      <Route element={<Layout />}>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/sign-in/code" element={<MfaCodePage />} />
        <Route path="/sign-in/set-up-authenticator" element={<MfaEnrolPage />} />
        <Route path="/invitations/:token" element={<InvitationPage />} />
        <Route element={<RequireSession />}>
          <Route index element={<HomeRedirect />} />
          <Route path="/people" element={<PeoplePage />} />
          <Route path="/people/new" element={<PersonNewPage />} />
          <Route path="/people/:id" element={<PersonLayout />}>
            <Route index element={<PersonPage />} />
            <Route path="edit" element={<PersonEditPage />} />
            <Route path="history" element={<PersonHistoryPage />} />
            <Route path="plan" element={<PlanPage />} />
            <Route path="plan/draft" element={<DraftPage />} />
            <Route path="plan/draft/sections/:key" element={<SectionEditPage />} />
            <Route path="plan/agree" element={<AgreePage />} />
            <Route path="plan/review" element={<ReviewPage />} />
            <Route path="now" element={<NowPage />} />
            <Route path="communication-needs" element={<CommunicationNeedsPage />} />
            <Route path="communication-needs/edit" element={<CommunicationNeedsEditPage />} />
            <Route path="information-choices" element={<InformationChoicesPage />} />
            <Route path="information-choices/new" element={<RecordChoicesPage />} />
            <Route path="plan/versions" element={<PlanVersionsPage />} />
            <Route path="plan/versions/:version" element={<PlanVersionPage />} />
            <Route path="plan/compare" element={<PlanComparePage />} />
            <Route path="plan-quality" element={<PlanFindingsPage />} />
            <Route path="plan-quality/raise" element={<RaiseActionPage />} />
            {personManualAuditRoutes}
            {personVisitRoutes}
            {personSharingRoutes}
            {personCapacityRoutes}
            {personCapacityRecordRoutes}
            <Route path="behaviour-support" element={<BehaviourSupportPage />} />
            {personAbcRoutes}
            {personScatterPlotRoutes}
            {personPalRoutes}
            {personRestrictiveInterventionRoutes}
            {personBehaviourSupportPlanRoutes}
          </Route>
          <Route path="/behaviour-support" element={<BehaviourSupportServicesPage />} />
          {palSettingsRoutes}
          {restrictiveInterventionTrendRoutes}
          {staffTrainingRoutes}
          {plannedVisitRoutes}
          <Route path="/staff" element={<StaffPage />} />
          <Route path="/staff/invite" element={<StaffInvitePage />} />
          <Route path="/staff/:id" element={<StaffMemberPage />} />
          <Route path="/services" element={<ServicesPage />} />
          <Route path="/services/:id/emergency-pack" element={<EmergencyPackPage />} />
          <Route path="/plans" element={<PlansAttentionPage />} />
          <Route path="/plan-quality" element={<PlanQualityPage />} />
          {auditTemplateRoutes}
          {visitRoutes}
          {dataRequestRoutes}
          <Route path="/quality-actions" element={<QualityActionsPage />} />
          <Route path="/quality-actions/:id" element={<QualityActionPage />} />
          <Route path="/settings/plan-sections" element={<PlanSectionsPage />} />
          <Route path="/settings/plan-audit" element={<AuditSettingsPage />} />
          <Route path="/personalisation" element={<PersonalisationHomesPage />} />
          <Route path="/personalisation/areas" element={<AreasPage />} />
          <Route path="/personalisation/assessments/:id" element={<AssessmentPage />} />
          <Route path="/personalisation/:serviceId" element={<HomePersonalisationPage />} />
          <Route path="/personalisation/:serviceId/new" element={<NewAssessmentPage />} />
          <Route path="/personalisation/:serviceId/actions/new" element={<RaisePlanActionPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
