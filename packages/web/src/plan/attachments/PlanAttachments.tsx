// "Attachments" on the plan page: files kept with the plan, when and by whom each was added, and a download link.
import { describeFileSize, staffRoleLabels, type PlanAttachment, type SectionDefinition } from '@hearth/core';
import { attachmentDownloadPath } from '../../api/plan-comments';
import { ResponsiveCell, ResponsiveTable } from '../../components/ResponsiveTable';
import { formatDateTime } from '../../format';
import type { NoteList } from '../comments/usePlanNotes';
import { AttachmentUploadForm } from './AttachmentUploadForm';
import '../comments/plan-notes.css';

interface Props {
  personId: string;
  attachments: NoteList<PlanAttachment>;
  sections: SectionDefinition[];
  mayUpload: boolean;
  onAdded: (attachment: PlanAttachment) => void;
}

const kindLabels: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'text/plain': 'Text',
};

export function PlanAttachments({ personId, attachments, sections, mayUpload, onAdded }: Props) {
  if (attachments.kind === 'not_shown') return null;
  const titleOf = (key: string | null) =>
    key === null ? 'The plan as a whole' : (sections.find((s) => s.key === key)?.title ?? key);
  return (
    <section className="hearth-notes-area" aria-labelledby="plan-attachments-heading">
      <h2 className="nhsuk-heading-m" id="plan-attachments-heading">
        Attachments
      </h2>
      {attachments.kind === 'loading' && <p className="nhsuk-body">Loading attached files…</p>}
      {attachments.kind === 'failed' && <p className="nhsuk-body">{attachments.message}</p>}
      {attachments.kind === 'ready' && attachments.items.length === 0 && (
        <p className="nhsuk-body hearth-muted">No files attached yet.</p>
      )}
      {attachments.kind === 'ready' && attachments.items.length > 0 && (
        <ResponsiveTable caption="Files attached to the plan" headings={['File', 'About', 'Added']}>
          {attachments.items.map((a) => (
            <tr className="nhsuk-table__row" role="row" key={a.id}>
              <ResponsiveCell heading="File">
                <div>
                  <span className="hearth-note-file">
                    <a href={attachmentDownloadPath(personId, a.id)} download={a.fileName}>
                      {a.fileName}
                    </a>{' '}
                    ({kindLabels[a.mediaType] ?? a.mediaType}, {describeFileSize(a.sizeBytes)})
                  </span>
                  {a.description && <span className="hearth-block hearth-pre-wrap">{a.description}</span>}
                </div>
              </ResponsiveCell>
              <ResponsiveCell heading="About">
                <div>
                  {titleOf(a.sectionKey)}
                  <span className="hearth-block hearth-muted">Plan version {a.planVersion}</span>
                </div>
              </ResponsiveCell>
              <ResponsiveCell heading="Added">
                <div>
                  <time dateTime={a.addedAt}>{formatDateTime(a.addedAt)}</time>
                  <span className="hearth-block">
                    by {a.addedBy.name}
                    {a.addedBy.role && ` (${staffRoleLabels[a.addedBy.role]})`}
                  </span>
                </div>
              </ResponsiveCell>
            </tr>
          ))}
        </ResponsiveTable>
      )}
      {mayUpload && <AttachmentUploadForm personId={personId} sections={sections} onAdded={onAdded} />}
    </section>
  );
}
