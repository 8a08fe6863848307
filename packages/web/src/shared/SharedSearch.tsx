// Searching what is shared of one person's record: the server searches only what the reader may see.
import { useState, type SyntheticEvent } from 'react';
import type { SharedSearchResult } from '@hearth/core';
import { searchSharedRecord } from '../api/shared';

export function SharedSearch({ personId }: { personId: string }) {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SharedSearchResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      setResult(await searchSharedRecord(personId, query.trim()));
    } catch {
      setProblem('The search could not be done. Try again.');
    }
  };

  return (
    <section aria-labelledby="shared-search" className="nhsuk-u-margin-bottom-6">
      <h2 id="shared-search" className="nhsuk-heading-s">Search this record</h2>
      <form role="search" aria-labelledby="shared-search" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="shared-search-q">
            Words to find
          </label>
          <input className="nhsuk-input nhsuk-u-width-two-thirds" id="shared-search-q" name="q" type="search" maxLength={200} value={query} onChange={(e) => { setQuery(e.target.value); }} />
        </div>
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Search
        </button>
      </form>
      <div role="status">
        {problem && <p className="nhsuk-error-message">{problem}</p>}
        {result && result.query !== '' && (
          <>
            <p className="nhsuk-body">
              {result.results.length === 0 ? `Nothing found for “${result.query}”.` : `${result.results.length} found for “${result.query}”:`}
            </p>
            {result.results.length > 0 && (
              <ul className="nhsuk-list nhsuk-list--border">
                {result.results.map((r, i) => (
                  <li key={i}>
                    <span className="nhsuk-body-s nhsuk-u-secondary-text-color">{r.where}</span>
                    <br />
                    {r.text}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
