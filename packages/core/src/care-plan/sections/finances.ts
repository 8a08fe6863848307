// Money and finances; the toolkit has no page, so this follows common homecare and care home practice.
import type { SectionDefinition } from '../section-definition.js';

export const finances: SectionDefinition = {
  key: 'finances',
  title: 'My money',
  purpose: 'How I manage my money, who helps me, and how staff support me with it safely.',
  guidance: [
    'Record how the person manages their money and what they do for themselves, and keep the support to what they need. Record who has legal authority if anyone does: an attorney under a Lasting Power of Attorney for property and financial affairs, a Court of Protection deputy, or a DWP appointee for benefits. Record that the registered document was seen.',
    'Capacity is decision-specific: a person may manage everyday spending but not a complex financial decision. Follow the mental capacity section, and do not assume a person cannot manage money because of a diagnosis.',
    'Where staff handle money or shop for the person, say exactly what: how cash is given and returned, receipts kept, the running balance recorded and signed by two people where the provider\u2019s policy requires it, and where records are kept. Staff must never use the person\u2019s PIN, accept gifts or loans, or borrow from or lend to the person, other than as the provider\u2019s policy allows.',
    'Record risks such as scams, doorstep callers, financial abuse or unexplained changes in spending, and what staff should do: report concerns to the registered manager, who considers a safeguarding referral.',
    'Record how the person\u2019s care is funded (for example by the local authority, NHS Continuing Healthcare, direct payment or privately) and who to contact about it.',
  ],
  goodExample:
    'I manage my own bank account and pay my bills by direct debit. I like to keep about \u00a340 in cash in my purse for the week. On Tuesdays my care professional goes to the corner shop for me with money I give them; please bring back the receipt and change, count it with me and write it in my money book. My nephew Paul has a Lasting Power of Attorney for my property and financial affairs, which I asked him to use only if I can no longer manage. I get a lot of post about prize draws: please help me check it before I reply.',
  checklists: [
    {
      key: 'managing_my_money',
      title: 'Managing my money',
      items: [
        { key: 'bank_account', label: 'Managing my bank account' },
        { key: 'paying_bills', label: 'Paying my bills' },
        { key: 'budgeting', label: 'Budgeting' },
        { key: 'using_cash', label: 'Using cash' },
        { key: 'using_a_bank_card', label: 'Using a bank card' },
        { key: 'shopping', label: 'Shopping' },
        { key: 'benefits', label: 'Claiming my benefits' },
        { key: 'money_letters', label: 'Understanding letters about money' },
        { key: 'keeping_money_safe', label: 'Keeping my money safe from scams' },
        { key: 'other', label: 'Other' },
      ],
    },
  ],
  prompts: [
    { key: 'how_i_manage', label: 'How I manage my money, and what I do myself' },
    {
      key: 'legal_authority',
      label: 'Who has legal authority over my money, if anyone',
      hint: 'Attorney (property and financial affairs), deputy or appointee: who, and the date the document was seen.',
    },
    {
      key: 'support_from_staff',
      label: 'How staff support me with money',
      hint: 'Cash, shopping, receipts, records and where they are kept.',
    },
    { key: 'risks', label: 'Risks to my money, and what to do', hint: 'For example scams or doorstep callers.' },
    { key: 'care_funding', label: 'How my care is funded, and who to contact about it' },
  ],
  source: 'Hearth default; the toolkit has no finances page',
};
