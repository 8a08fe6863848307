// The versions of the shared record a reader can download, in the order the person's information needs call for:
// their preferred format first and marked, the rest after (Accessible Information Standard, step 5: act).
import type { CommunicationNeeds } from '../communication-needs/needs.js';
import { outputFormatOrder, preferredOutputFormat } from '../communication-needs/needs-flag.js';

/** The page itself is the standard print; these are the other versions of it. */
export const sharedOutputFormats = ['large_print', 'easy_read', 'plain_text'] as const;
export type SharedOutputFormat = (typeof sharedOutputFormats)[number];

export const sharedOutputFormatLabels: Record<SharedOutputFormat, string> = {
  large_print: 'Large print PDF',
  easy_read: 'Easy read PDF',
  plain_text: 'Plain text',
};

export interface SharedFormatChoice {
  order: SharedOutputFormat[];
  /** Null when the person has no need for another format, or nobody has asked yet. */
  preferred: SharedOutputFormat | null;
}

const isShared = (f: string): f is SharedOutputFormat => (sharedOutputFormats as readonly string[]).includes(f);

export function sharedFormatChoice(needs: CommunicationNeeds | null): SharedFormatChoice {
  const preferred = preferredOutputFormat(needs);
  return { order: outputFormatOrder(needs).filter(isShared), preferred: isShared(preferred) ? preferred : null };
}
