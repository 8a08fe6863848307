// A checklist's result said plainly: the level and what it means for support, or the levels that tie (no single
// level is picked), and all four column totals as a small table.
import { palLevelDescriptions, palLevelLetters, palLevelNames, palLevels, type PalAssessmentView, type PalLevel } from '@hearth/core';

type Score = PalAssessmentView['score'];

const joinLevels = (levels: PalLevel[]) => {
  const names = levels.map((l) => palLevelNames[l]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
};

/** The result in one sentence, for lists and the saved message. */
export function palResultText(score: Score): string {
  const { result, totals } = score;
  switch (result.kind) {
    case 'level':
      return `${palLevelNames[result.level]} level`;
    case 'tie':
      return `${joinLevels(result.levels)} tie, with ${String(totals[result.levels[0] ?? 'planned'])} ticks each`;
    case 'incomplete':
      return `Not complete: ${String(score.answered)} of 9 activities ticked`;
  }
}

/** The totals as "P 1 · E 5 · S 3 · R 0", for a row in a list of checklists. */
export const palTotalsText = (score: Score) => palLevels.map((l) => `${palLevelLetters[l]} ${String(score.totals[l])}`).join(' \u00b7 ');

export function PalResult({ score, headingId }: { score: Score; headingId: string }) {
  const { result } = score;
  return (
    <>
      {result.kind === 'level' && (
        <>
          <p className="nhsuk-heading-m" id={headingId}>
            Level: {palLevelNames[result.level]}
          </p>
          <p className="nhsuk-body">{palLevelDescriptions[result.level]}</p>
        </>
      )}
      {result.kind === 'tie' && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p className="nhsuk-heading-s" id={headingId}>
            No single level: {palResultText(score)}
          </p>
          <p>
            More than one column has the most ticks, so Hearth does not choose between them. Look at the statements ticked and decide with the
            team which level to plan for; reassess if unsure.
          </p>
          <ul>
            {result.levels.map((l) => (
              <li key={l}>
                {palLevelNames[l]}: {palLevelDescriptions[l]}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.kind === 'incomplete' && (
        <p className="nhsuk-body" id={headingId}>
          {palResultText(score)}
        </p>
      )}
      <PalTotalsTable score={score} />
    </>
  );
}

export function PalTotalsTable({ score }: { score: Score }) {
  return (
    <table className="nhsuk-table hearth-pal-totals">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">Ticks in each column</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th className="nhsuk-table__header" scope="col">
            Level
          </th>
          <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
            Ticks
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {palLevels.map((l) => (
          <tr className="nhsuk-table__row" key={l}>
            <th className="nhsuk-table__header" scope="row">
              {palLevelNames[l]} ({palLevelLetters[l]})
            </th>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{score.totals[l]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
