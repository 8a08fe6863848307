// Gives demo people contacts and sharing decisions, through the repository the API uses, by the homecare senior:
// Peggy Thompson shares her plan and daily records with her son David Thompson, and all five parts with herself;
// Arthur Pickering's advocate Joan Ellis is added but nothing is decided, so nothing is shared with her.
import { newContactBodySchema, sharingDecisionBodySchema } from '@hearth/core';
import type pg from 'pg';
import { createContact, recordSharingDecision } from '../repo/sharing-repository.js';
import { demoSeniorFor } from './demo-senior.js';


export async function seedDemoSharing(pool: pg.Pool, organisationId: string, now: Date): Promise<void> {
  const { days, at, peggy, arthur } = await demoSeniorFor(pool, organisationId, now);

  const david = await createContact(
    at(days.ago(19)),
    peggy,
    newContactBodySchema.parse({
      name: 'David Thompson',
      relationship: 'family',
      relationshipDetail: 'Son',
      email: 'david.thompson@family.example',
      phone: '07700 900123',
    }),
  );
  await recordSharingDecision(
    at(days.ago(19)),
    peggy,
    david.id,
    sharingDecisionBodySchema.parse({
      parts: ['plan', 'daily_records'],
      decidedBy: 'person',
      reason:
        'Peggy said: \u201cDavid can see my plan and how my visits went, so he doesn\u2019t fret from Leeds. My health and my money I\u2019ll tell him about myself.\u201d',
    }),
  );

  const herself = await createContact(
    at(days.ago(19), '11:10'),
    peggy,
    newContactBodySchema.parse({ name: 'Peggy Thompson', relationship: 'self', email: 'peggy@family.example' }),
  );
  await recordSharingDecision(
    at(days.ago(19), '11:10'),
    peggy,
    herself.id,
    sharingDecisionBodySchema.parse({
      parts: ['plan', 'daily_records', 'health', 'finances', 'behaviour_support'],
      decidedBy: 'person',
      reason: 'Peggy said: \u201cIt\u2019s my record. I want to see all of it, on my tablet, in big letters.\u201d',
    }),
  );

  await createContact(
    at(days.ago(6)),
    arthur,
    newContactBodySchema.parse({
      name: 'Joan Ellis',
      relationship: 'advocate',
      relationshipDetail: 'Independent advocate from the local advocacy service',
      email: 'joan.ellis@advocacy.example',
    }),
  );
}
