// Who may read and add comments and files on a plan, from the same policy the server enforces.
import type { Me, Person } from '@hearth/core';
import { mayInService } from '../../access/permissions';

export interface NotePermissions {
  mayReadComments: boolean;
  mayComment: boolean;
  mayReadAttachments: boolean;
  mayUpload: boolean;
}

/** A closed record's plan is kept as it was: it can be read, with its comments and files, but not added to. */
export function notePermissions(me: Me, person: Person): NotePermissions {
  const open = !person.isReadOnly;
  return {
    mayReadComments: mayInService(me, 'read', 'care_plan_comment', person.serviceId),
    mayComment: open && mayInService(me, 'create', 'care_plan_comment', person.serviceId),
    mayReadAttachments: mayInService(me, 'read', 'care_plan_attachment', person.serviceId),
    mayUpload: open && mayInService(me, 'create', 'care_plan_attachment', person.serviceId),
  };
}
