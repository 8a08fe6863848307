// A rating on the personalisation scale as a tag, and a change since the previous self-assessment in words.
import { ratingScale, type PersonalisationRating, type RatingChange } from '@hearth/core';

const colours: Record<PersonalisationRating, string> = {
  not_yet: 'nhsuk-tag--red',
  starting: 'nhsuk-tag--orange',
  developing: 'nhsuk-tag--yellow',
  established: 'nhsuk-tag--green',
};

export function RatingTag({ rating }: { rating: PersonalisationRating }) {
  return <strong className={`nhsuk-tag ${colours[rating]}`}>{ratingScale[rating].label}</strong>;
}

export const changeLabels: Record<RatingChange, string> = {
  improved: 'Improved',
  same: 'No change',
  worse: 'Got worse',
  new: 'New area',
};
