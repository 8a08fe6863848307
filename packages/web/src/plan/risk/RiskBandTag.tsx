// A risk rating as the author and the reader see it: the score out of 25 and its band, in a coloured tag.
import { riskBandLabels, type RiskBand, type RiskRating } from '@hearth/core';

const bandColours: Record<RiskBand, string> = {
  low: 'nhsuk-tag--green',
  medium: 'nhsuk-tag--yellow',
  high: 'nhsuk-tag--orange',
  very_high: 'nhsuk-tag--red',
};

export function RiskBandTag({ rating }: { rating: RiskRating }) {
  return (
    <strong className={`nhsuk-tag ${bandColours[rating.band]} hearth-risk-tag`}>
      {riskBandLabels[rating.band]}, {rating.score} out of 25
    </strong>
  );
}
