// The other versions of the shared record, in the order the person's information needs call for: their preferred
// format first, marked as theirs, then the rest. Each is made from what the reader may see, nothing more.
import { sharedOutputFormatLabels, type SharedOutputFormat, type SharedRecordView } from '@hearth/core';
import { sharedEasyReadUrl, sharedLargePrintUrl, sharedPlainTextUrl } from '../api/shared';

const hints: Record<SharedOutputFormat, string> = {
  large_print: 'what is shared with you, in large type',
  easy_read: 'short lines, one idea at a time, with space for pictures',
  plain_text: 'for screen readers, text-to-speech and braille displays',
};

const urls: Record<SharedOutputFormat, (personId: string) => string> = {
  large_print: sharedLargePrintUrl,
  easy_read: sharedEasyReadUrl,
  plain_text: sharedPlainTextUrl,
};

export function SharedDownloads({ view }: { view: SharedRecordView }) {
  const whose = view.relationship === 'self' ? 'Your' : `${view.person.preferredName ?? view.person.name}\u2019s`;
  return (
    <section aria-labelledby="shared-downloads">
      <h2 id="shared-downloads" className="nhsuk-heading-s">
        Other versions of this record
      </h2>
      <ul className="nhsuk-list">
        {view.formats.order.map((format) => (
          <li key={format}>
            {format === view.formats.preferred && <strong className="nhsuk-tag nhsuk-tag--blue">{whose} preferred format</strong>}{' '}
            <a href={urls[format](view.person.id)}>{sharedOutputFormatLabels[format]}</a> ({hints[format]})
          </li>
        ))}
      </ul>
    </section>
  );
}
