// The pages about a person's legal authority, consent and advance care plan, under /people/:id: the records, and
// one form for each kind.
import type { CapacityRecordKind } from '@hearth/core';
import { Route } from 'react-router-dom';
import { CapacityRecordsPage } from './CapacityRecordsPage';
import type { KindForm } from './kind-form';
import { advanceCarePlanForm } from './kinds/advance-care-plan-form';
import { advanceDecisionForm } from './kinds/advance-decision-form';
import { consentForm } from './kinds/consent-form';
import { imcaForm } from './kinds/imca-form';
import { legalAuthorityForm } from './kinds/legal-authority-form';
import { libertyForm } from './kinds/liberty-form';
import { resuscitationForm } from './kinds/resuscitation-form';
import { recordKinds } from './record-kinds';
import { RecordFormPage } from './RecordFormPage';

function formRoute<S, B>(kind: CapacityRecordKind, definition: KindForm<S, B>) {
  return (
    <Route
      key={kind}
      path={`capacity-records/${recordKinds[kind].slug}/new`}
      element={<RecordFormPage key={kind} kind={kind} definition={definition} />}
    />
  );
}

export const personCapacityRecordRoutes = (
  <>
    <Route path="capacity-records" element={<CapacityRecordsPage />} />
    {formRoute('resuscitation', resuscitationForm)}
    {formRoute('legal_authority', legalAuthorityForm)}
    {formRoute('advance_decision', advanceDecisionForm)}
    {formRoute('liberty_safeguard', libertyForm)}
    {formRoute('imca_involvement', imcaForm)}
    {formRoute('consent', consentForm)}
    {formRoute('advance_care_plan', advanceCarePlanForm)}
  </>
);
