// The deadline report: of the requests received in a period, how many had a response by their deadline, the median
// response time, and what is still open. With nothing to judge it says so, rather than showing 0% or 100%.
import { addDays, describeDurationMinutes, londonDay, type DataRequestReport } from '@hearth/core';
import { useState, type SyntheticEvent } from 'react';
import { dataRequestReportCsvUrl, getDataRequestReport } from '../api/data-requests';
import { dateToParts, DateInput, partsToDate } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { SummaryList } from '../components/SummaryList';
import { formatDate } from '../format';
import { useFormErrors } from '../forms/useFormErrors';
import { useLoaded } from '../plan-views/useLoaded';

export function DataRequestReportPage() {
  const today = londonDay(new Date());
  const [fromParts, setFromParts] = useState(dateToParts(addDays(today, -89)));
  const [toParts, setToParts] = useState(dateToParts(today));
  const [period, setPeriod] = useState({ from: addDays(today, -89), to: today });
  const form = useFormErrors();
  const report = useLoaded(() => getDataRequestReport(period), [period.from, period.to]);

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    const from = partsToDate(fromParts);
    const to = partsToDate(toParts);
    const real = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
    const errors = [
      ...(real(from) ? [] : [{ field: 'from', message: 'Enter a real start date' }]),
      ...(real(to) ? [] : [{ field: 'to', message: 'Enter a real end date' }]),
    ];
    if (errors.length === 0 && to < from) errors.push({ field: 'to', message: 'The end of the period must be on or after its start' });
    form.setErrors(errors);
    if (errors.length === 0) setPeriod({ from, to });
  };

  return (
    <>
      <BackLink to="/data-requests">Back to data requests</BackLink>
      <PageHeading title="Data requests answered within the deadline" hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={form.errors} focusKey={form.attempt} />
        <DateInput name="from" legend="Received from" value={fromParts} onChange={setFromParts} error={form.errorFor('from')} />
        <DateInput name="to" legend="Received up to and including" value={toParts} onChange={setToParts} error={form.errorFor('to')} />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">Show the report</button>
      </form>
      {report.kind === 'loading' && <Loading what="Loading the report" />}
      {report.kind === 'failed' && <p className="nhsuk-body">{report.status === 403 ? 'You do not have permission to see this report.' : report.message}</p>}
      {report.kind === 'ready' && <ReportFigures report={report.value} />}
    </>
  );
}

function ReportFigures({ report }: { report: DataRequestReport }) {
  const share = report.withinDeadline;
  return (
    <section aria-labelledby="report-heading">
      <h2 className="nhsuk-heading-m" id="report-heading">Requests received {formatDate(report.from)} to {formatDate(report.to)}</h2>
      <p className="nhsuk-body-l">
        {share === null
          ? 'No request in this period can be judged against its deadline yet.'
          : `${share.percentage}% within the deadline: ${report.respondedWithinDeadline} of ${share.outOf}`}
      </p>
      <SummaryList
        rows={[
          { key: 'Received', value: report.received },
          { key: 'Answered', value: report.answered },
          { key: 'Declined', value: report.declined },
          { key: 'Withdrawn', value: report.withdrawn },
          { key: 'Responded to within the deadline', value: report.respondedWithinDeadline },
          { key: 'Still open', value: report.stillOpen },
          { key: 'Open and past the deadline', value: report.overdue },
          { key: 'Median response time', value: report.medianResponseMinutes === null ? 'No responses yet' : describeDurationMinutes(report.medianResponseMinutes) },
        ]}
      />
      <p className="nhsuk-body">
        The share counts answered and declined requests, and open requests already past their deadline (which can no
        longer be in time). Withdrawn requests and open requests not yet due are left out.
      </p>
      <p className="nhsuk-body">
        <a href={dataRequestReportCsvUrl({ from: report.from, to: report.to })} download>Download the requests of this period as CSV</a>
      </p>
    </section>
  );
}
