// The demo organisation a first start creates: one sign-in per role, and people to find.
import { withNhsCheckDigit, type CreatePersonBody, type StaffRole } from '@hearth/core';

export const demoPassword = 'hearth demo 2026';

export interface DemoStaff {
  email: string;
  name: string;
  role: StaffRole;
  /** 'homecare' or 'care_home': the service the role is held in; null for organisation-wide roles. */
  service: 'homecare' | 'care_home' | null;
  /** Fixed so the demo can be tried with any authenticator app; a real account enrols its own. */
  totpSecret: string | null;
}

/** Outside sign-ins to the shared record: the person and family see what the person chose to share. */
export const demoSharedSignIns = [
  { email: 'david.thompson@family.example', who: 'Peggy Thompson\u2019s son David: her plan and daily records' },
  { email: 'peggy@family.example', who: 'Peggy herself: all of her record, and who has looked at it' },
] as const;

export const demoOrganisation = {
  name: 'Riverside Care Partnership',
  services: { homecare: 'Riverside Homecare \u2013 Leeds', care_home: 'Oak House' },
};

export const demoStaff: DemoStaff[] = [
  { email: 'carer@riverside-care.example', name: 'Carla Reid', role: 'care_worker', service: 'homecare', totpSecret: null },
  { email: 'senior@riverside-care.example', name: 'Sam Okafor', role: 'senior_care_worker', service: 'homecare', totpSecret: null },
  { email: 'manager@riverside-care.example', name: 'Maya Patel', role: 'registered_manager', service: 'homecare', totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' },
  { email: 'quality@riverside-care.example', name: 'Quinn Harper', role: 'quality_lead', service: null, totpSecret: null },
  { email: 'admin@riverside-care.example', name: 'Ade Bello', role: 'administrator', service: null, totpSecret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU' },
  { email: 'oakhouse@riverside-care.example', name: 'Olu Adeyemi', role: 'care_worker', service: 'care_home', totpSecret: null },
  // Writes and agrees Oak House's plans: nobody else in the demo may.
  { email: 'oakhouse.senior@riverside-care.example', name: 'Grace Mensah', role: 'senior_care_worker', service: 'care_home', totpSecret: null },
];

function nhs(stem: string): string {
  const full = withNhsCheckDigit(stem);
  if (!full) throw new Error(`no valid NHS number starts ${stem}`);
  return full;
}

type DemoPerson = Omit<CreatePersonBody, 'serviceId' | 'emergencyStart'> & { service: 'homecare' | 'care_home'; emergencyStart?: boolean };

export const demoPeople: DemoPerson[] = [
  {
    service: 'homecare', legalName: 'Margaret Ellen Thompson', preferredName: 'Peggy', pronouns: 'she/her', dateOfBirth: '1938-04-12',
    nhsNumber: nhs('999000001'), address: { line1: '14 Beck Lane', line2: 'Headingley', town: 'Leeds', postcode: 'LS6 3AB' },
    contacts: [{ name: 'David Thompson', relationship: 'Son', phone: '07700 900123', email: null, isNextOfKin: true }],
    gp: { practice: 'Headingley Medical Practice', name: 'Dr A Khan', phone: '0113 496 0000' }, serviceStartDate: '2024-09-02',
    status: 'active', statusDate: null,
    alerts: [{ kind: 'allergy', description: 'Penicillin: rash and swelling' }, { kind: 'alert', description: 'DNACPR in place: the form is in the red folder by the phone' }],
    accessDetails: { howToGetIn: 'Key safe to the left of the front door. Knock and call out before entering.', keySafeCode: '4821' },
  },
  {
    service: 'homecare', legalName: 'Arthur James Pickering', preferredName: null, pronouns: 'he/him', dateOfBirth: '1944-03-02',
    nhsNumber: nhs('999000002'), address: { line1: '3 Moor View', line2: null, town: 'Leeds', postcode: 'LS11 7QT' },
    contacts: [{ name: 'Janet Pickering', relationship: 'Wife', phone: '0113 496 0101', email: null, isNextOfKin: true }],
    gp: { practice: 'Beeston Hill Surgery', name: null, phone: null }, serviceStartDate: '2025-01-20', status: 'active', statusDate: null,
    alerts: [], accessDetails: { howToGetIn: 'Janet lets staff in. If no answer, ring her mobile.', keySafeCode: null },
  },
  {
    service: 'homecare', legalName: 'Gwenllian Ŵyn Parry', preferredName: 'Gwen', pronouns: 'she/her', dateOfBirth: '1951-11-30',
    nhsNumber: nhs('999000003'), address: { line1: 'Flat 2, 40 Otley Road', line2: null, town: 'Leeds', postcode: 'LS16 5JT' },
    contacts: [], gp: null, serviceStartDate: '2026-02-01', status: 'in_hospital', statusDate: '2026-11-18',
    alerts: [{ kind: 'allergy', description: 'Latex' }], accessDetails: { howToGetIn: 'Key safe by the garage.', keySafeCode: '1957' },
  },
  {
    service: 'homecare', legalName: 'Harold Brown', preferredName: 'Harry', pronouns: null, dateOfBirth: '1930-06-15',
    nhsNumber: nhs('999000004'), address: { line1: '9 Elm Court', line2: null, town: 'Leeds', postcode: 'LS8 2PL' },
    contacts: [], gp: null, serviceStartDate: '2023-05-01', status: 'died', statusDate: '2026-08-09', alerts: [],
    accessDetails: { howToGetIn: null, keySafeCode: null },
  },
  {
    service: 'care_home', legalName: 'Winifred Mary Osei', preferredName: 'Winnie', pronouns: 'she/her', dateOfBirth: '1942-01-08',
    nhsNumber: nhs('999000005'), address: { line1: 'Oak House, Room 4', line2: '2 Park Road', town: 'Wetherby', postcode: 'LS22 6AA' },
    contacts: [{ name: 'Kofi Osei', relationship: 'Nephew', phone: '07700 900456', email: 'kofi@example.org', isNextOfKin: true }],
    gp: { practice: 'Wetherby Health Centre', name: null, phone: null }, serviceStartDate: '2025-06-10', status: 'active', statusDate: null,
    alerts: [{ kind: 'alert', description: 'Thickened fluids (level 2): risk of choking' }], accessDetails: { howToGetIn: null, keySafeCode: null },
  },
  {
    service: 'care_home', legalName: 'Stanley Whitaker', preferredName: 'Stan', pronouns: 'he/him', dateOfBirth: '1939-09-21',
    nhsNumber: nhs('999000006'), address: { line1: 'Oak House, Room 11', line2: '2 Park Road', town: 'Wetherby', postcode: 'LS22 6AA' },
    contacts: [], gp: null, serviceStartDate: '2024-11-04', status: 'active', statusDate: null, alerts: [],
    accessDetails: { howToGetIn: null, keySafeCode: null },
  },
];
