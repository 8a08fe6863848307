// One version of the behaviour support plan as it was written: its status, why it was written, who agreed it and
// how the person took part, its reviews, and its sections.
import { bspReviewOutcomeLabels, bspRestrictivePracticeLabels, type BspVersionView } from '@hearth/core';
import { useParams } from 'react-router-dom';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { SummaryList, type SummaryRow } from '../components/SummaryList';
import { formatDate, formatDateTime } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { getBehaviourSupportPlanVersion } from './bsp-api';
import { bspPaths } from './bsp-paths';
import { BspStatusTag } from './BspPlanSummary';
import { BspContents, BspSections, bspShownSections } from './BspSections';
import './bsp.css';

export function BspVersionPage() {
  const { person } = usePerson();
  const version = Number(useParams().version);
  const loaded = useLoaded(() => getBehaviourSupportPlanVersion(person.id, version), [person.id, version]);
  const title = `Version ${Number.isInteger(version) ? version : ''} of the behaviour support plan`;
  if (loaded.kind === 'loading') return <Loading what="Loading the version" />;
  return (
    <>
      <BackLink to={bspPaths.plan(person.id)}>Back to the behaviour support plan</BackLink>
      <PageHeading title={title} caption={person.legalName} />
      {loaded.kind === 'failed' ? <p className="nhsuk-body">{loaded.message}</p> : <VersionView v={loaded.value} />}
    </>
  );
}

function VersionView({ v }: { v: BspVersionView }) {
  const rows: SummaryRow[] = [
    { key: 'Status', value: <BspStatusTag status={v.status} /> },
    { key: 'Why it was written', value: v.changeReason, preWrap: true },
    { key: 'Written', value: `${formatDateTime(v.recordedAt)} by ${v.recordedBy.name}` },
    { key: 'Review by', value: formatDate(v.reviewBy) },
    {
      key: 'Restrictive practice allowed',
      value:
        v.restrictivePractices.length === 0
          ? 'None'
          : v.restrictivePractices.map((k) => bspRestrictivePracticeLabels[k]).join('; '),
    },
    {
      key: 'Written against',
      value:
        v.body.carePlanVersion === null
          ? 'No care and support plan was in use'
          : `Care and support plan version ${v.body.carePlanVersion}`,
    },
  ];
  const a = v.agreement;
  if (a) {
    const who = [...(a.personAgreed ? ['The person'] : []), ...a.representatives.map((r) => `${r.name} (${r.relationship})`)];
    rows.push(
      { key: 'Agreed', value: `On ${formatDate(a.agreedOn)}, recorded by ${a.recordedBy.name}` },
      { key: 'Who agreed it', value: who.join('; ') },
      { key: 'How the person took part', value: a.howPersonTookPart, preWrap: true },
      ...(a.personsWords ? [{ key: 'In their words', value: `\u201c${a.personsWords}\u201d` }] : []),
    );
  }
  return (
    <>
      <SummaryList rows={rows} />
      {v.reviews.length > 0 && (
        <section aria-labelledby="bsp-reviews">
          <h2 className="nhsuk-heading-m" id="bsp-reviews">
            Reviews
          </h2>
          {v.reviews.map((r) => (
            <div key={r.id} className="hearth-bsp-item">
              <h3 className="nhsuk-heading-s">Reviewed on {formatDate(r.review.reviewedOn)}</h3>
              <p className="nhsuk-body">Who took part: {r.review.whoTookPart}</p>
              <p className="nhsuk-body hearth-pre-wrap">{r.review.findings}</p>
              {r.review.restrictivePracticeUse && (
                <p className="nhsuk-body hearth-pre-wrap">Restrictive practice: {r.review.restrictivePracticeUse}</p>
              )}
              {r.review.personsWords && <p className="nhsuk-body">In their words: &ldquo;{r.review.personsWords}&rdquo;</p>}
              <p className="nhsuk-body">
                {bspReviewOutcomeLabels[r.review.outcome]}. Next review by {formatDate(r.nextReviewBy)}.
              </p>
            </div>
          ))}
        </section>
      )}
      <BspContents shown={bspShownSections(v.body)} />
      <BspSections body={v.body} />
    </>
  );
}
