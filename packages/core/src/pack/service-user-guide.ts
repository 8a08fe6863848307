// The service user guide a provider keeps in every home: who we are, contacts, out of hours, complaints,
// safeguarding and what to expect. Content the provider edits; Hearth prints it in each pack.
import { z } from 'zod';
import { requiredText } from '../schemas/common.js';

export const guideSectionSchema = z.object({
  title: requiredText(120, 'a heading'),
  body: requiredText(6000, 'the text of this part'),
});

export const serviceUserGuideSchema = z.object({
  sections: z.array(guideSectionSchema).min(1, { error: 'The guide needs at least one part' }).max(30),
});
export type ServiceUserGuide = z.infer<typeof serviceUserGuideSchema>;

export const serviceUserGuideResponseSchema = serviceUserGuideSchema.extend({
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});

/** A starting guide for a provider that has not written its own; every part says what to replace. */
export function defaultServiceUserGuide(providerName: string): ServiceUserGuide {
  return {
    sections: [
      { title: 'Who we are', body: `${providerName} provides care and support to people in their own homes and in our care home. This guide tells you what to expect from us and how to reach us.` },
      { title: 'How to contact us', body: 'Office: write the office phone number and hours here.\nEmail: write the office email address here.' },
      { title: 'Out of hours', body: 'Outside office hours, call the on-call senior: write the on-call number here. In an emergency, call 999.' },
      { title: 'Compliments, concerns and complaints', body: 'Tell any of us, or contact the registered manager. We will reply within 3 working days. If you are not happy with our answer you can contact the Local Government and Social Care Ombudsman.' },
      { title: 'Keeping you safe (safeguarding)', body: 'If you are worried that you or someone else is being harmed, tell us straight away or contact your local council\u2019s adult social care team. In an emergency, call 999.' },
      { title: 'What to expect from us', body: 'We will arrive when agreed and tell you if we are running late. We will follow your care and support plan, which you agreed with us. You can see your records and change your plan at any time.' },
    ],
  };
}
