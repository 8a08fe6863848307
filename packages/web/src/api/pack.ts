// The pack for the home: the PDF the server prints for a person, fetched with the session.
import { requestFile } from './client';

export type PackSize = 'standard' | 'large';

export const packPath = (personId: string, size: PackSize) =>
  `/api/people/${encodeURIComponent(personId)}/pack.pdf?size=${size}`;

export const fetchPack = (personId: string, size: PackSize) => requestFile(packPath(personId, size));
