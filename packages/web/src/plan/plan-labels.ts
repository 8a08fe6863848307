// Words for the plan's codes now live in core, beside the codes; re-exported for the plan pages.
export { involvementHowLabels, medicationSupportLevelLabels, participantKindLabels, reviewTriggerLabels } from '@hearth/core';
