// The manual audit pages' routes: those under a person, and the template pages under plan quality.
import { Route } from 'react-router-dom';
import { ChooseTemplatePage } from './ChooseTemplatePage';
import { ManualAuditPage } from './ManualAuditPage';
import { ManualAuditsPage } from './ManualAuditsPage';
import { QuestionnairePage } from './QuestionnairePage';
import { RaiseFromAnswerPage } from './RaiseFromAnswerPage';
import { TemplateEditPage } from './TemplateEditPage';
import { TemplatePage } from './TemplatePage';
import { TemplatesPage } from './TemplatesPage';

/** Inside the person's layout (relative to /people/:id). */
export const personManualAuditRoutes = (
  <>
    <Route path="manual-audits" element={<ManualAuditsPage />} />
    <Route path="manual-audits/new" element={<ChooseTemplatePage />} />
    <Route path="manual-audits/new/:templateKey" element={<QuestionnairePage />} />
    <Route path="manual-audits/:auditId" element={<ManualAuditPage />} />
    <Route path="manual-audits/:auditId/raise" element={<RaiseFromAnswerPage />} />
  </>
);

export const auditTemplateRoutes = (
  <>
    <Route path="/plan-quality/audit-templates" element={<TemplatesPage />} />
    <Route path="/plan-quality/audit-templates/new" element={<TemplateEditPage />} />
    <Route path="/plan-quality/audit-templates/:key" element={<TemplatePage />} />
    <Route path="/plan-quality/audit-templates/:key/edit" element={<TemplateEditPage />} />
  </>
);
