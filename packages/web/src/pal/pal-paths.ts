// Where the PAL pages live under a person: the checklists, and the form (a correction names what it replaces).
import { behaviourSupportPaths } from '../behaviour-support/paths';

export const palPath = behaviourSupportPaths.pal;

export const palNewPath = (personId: string, supersedes?: string) =>
  `${palPath(personId)}/new${supersedes ? `?supersedes=${encodeURIComponent(supersedes)}` : ''}`;
