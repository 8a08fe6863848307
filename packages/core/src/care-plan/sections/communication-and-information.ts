// Communication and information needs, recorded so they can be flagged, shared and met (Accessible Information Standard).
import type { SectionDefinition } from '../section-definition.js';

export const communicationAndInformation: SectionDefinition = {
  key: 'communication_and_information',
  title: 'My communication and information needs',
  purpose: 'How I communicate, and the format, language and support I need to receive information, take part and have my say.',
  guidance: [
    'The Accessible Information Standard (DCB1605) applies to providers of publicly funded adult social care. Follow its five steps: ask about and identify the person\u2019s information and communication needs; record them clearly; flag them so they are seen whenever the record is opened; share them, with consent, with other services; and act on them, so information is provided in a way the person can use.',
    'Record needs that come from a disability, impairment or sensory loss, such as large print, easy read, braille, audio, British Sign Language or a deafblind manual interpreter, a communication aid, or a preferred contact method. Record a need for an interpreter for another spoken language as well, with the language.',
    'Describe how the person communicates as well as what they need from others: how they show pain or distress, how they make choices, how they say yes and no, and how they give feedback or raise concerns. This links to About Me in the one-page profile.',
    'People must be able to see and contribute to their own records in their preferred format, free of charge. Record that the choices about information and records (paper, electronic, who sees what) were discussed with the person and, where appropriate, their family or carer. Do not assume someone is happy with electronic records because they have not raised a concern.',
    'Record the equipment the person uses to communicate (hearing aids, glasses, communication aids) and who helps keep it working, for example cleaning glasses or changing hearing aid batteries.',
  ],
  goodExample:
    'I am Deaf and my first language is British Sign Language. I lip-read a little, but only if you face me in good light and speak clearly. Please write things down for me if there is no interpreter; do not shout. For appointments and reviews I need a registered BSL interpreter booked in advance. Please send me letters by email, and text me rather than phoning. If I am upset I may sign quickly and turn away: give me a moment, then ask me to show you what is wrong.',
  checklists: [
    {
      key: 'communicating',
      title: 'Communicating',
      items: [
        { key: 'hearing', label: 'Hearing what people say' },
        { key: 'seeing', label: 'Seeing (reading faces, signs and print)' },
        { key: 'speaking', label: 'Speaking and being understood' },
        { key: 'understanding', label: 'Understanding what is said to me' },
        { key: 'reading', label: 'Reading' },
        { key: 'writing', label: 'Writing' },
        { key: 'using_the_phone', label: 'Using the telephone' },
        { key: 'using_hearing_aids', label: 'Using and looking after my hearing aids' },
        { key: 'using_glasses', label: 'Using and looking after my glasses' },
        { key: 'using_communication_aid', label: 'Using my communication aid' },
        { key: 'other', label: 'Other' },
      ],
    },
  ],
  prompts: [
    {
      key: 'information_format',
      label: 'The format I need information in',
      hint: 'For example large print (say what size), easy read, braille, audio, email, or someone to read it with me.',
    },
    {
      key: 'language_and_interpreter',
      label: 'My language, and whether I need an interpreter',
      hint: 'British Sign Language, deafblind manual or another spoken language: say which, and whether a registered interpreter is needed.',
    },
    {
      key: 'communication_aids',
      label: 'Communication aids and equipment I use',
      hint: 'For example a hearing aid, a communication board or device, Makaton or picture symbols.',
    },
    {
      key: 'preferred_contact_method',
      label: 'How I prefer to be contacted',
      hint: 'For example letter, email, text message, telephone, video call or through someone I name.',
    },
    { key: 'how_i_show_pain_or_distress', label: 'How I show pain or distress' },
    { key: 'how_i_make_choices', label: 'How I make choices and say yes or no' },
    { key: 'feedback_and_concerns', label: 'How I give feedback or raise concerns' },
    {
      key: 'records_and_sharing',
      label: 'How I want to see and contribute to my records, and who my needs may be shared with',
      hint: 'Record the discussion of choices about paper and electronic records, and my consent to share these needs with other services.',
    },
  ],
  source:
    'Hearth default, after the Accessible Information Standard (DCB1605) and PRSB About Me; the toolkit has no communication page',
};
