// Subject access: a person's whole record, with who saw it, as the files of one export.
export * from './bundle.js';
export * from './disclosures.js';
export * from './record-export.js';
