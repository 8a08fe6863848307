// The sections plans follow, read-only: each opens to show its checklists and questions, the provider's own marked.
import type { SectionDefinition, SectionExtension } from '@hearth/core';

/** Keys of everything the provider added, as "section", "section/checklist", "section/checklist/item", "section?prompt". */
function addedKeys(extension: SectionExtension): Set<string> {
  const keys = new Set<string>();
  for (const s of extension.sections) {
    keys.add(s.key);
    for (const c of s.checklists) for (const i of c.items) keys.add(`${s.key}/${c.key}/${i.key}`);
    for (const p of s.prompts) keys.add(`${s.key}?${p.key}`);
  }
  for (const a of extension.additions) {
    for (const c of a.checklists) {
      keys.add(`${a.sectionKey}/${c.key}`);
      for (const i of c.items) keys.add(`${a.sectionKey}/${c.key}/${i.key}`);
    }
    for (const { checklistKey, item } of a.items) keys.add(`${a.sectionKey}/${checklistKey}/${item.key}`);
    for (const p of a.prompts) keys.add(`${a.sectionKey}?${p.key}`);
  }
  return keys;
}

function Added({ isAdded }: { isAdded: boolean }) {
  if (!isAdded) return null;
  return (
    <>
      {' '}
      <strong className="nhsuk-tag nhsuk-tag--blue">Added by you</strong>
    </>
  );
}

export function SectionsOverview({ sections, extension }: { sections: SectionDefinition[]; extension: SectionExtension }) {
  const added = addedKeys(extension);
  return (
    <>
      <h2 className="nhsuk-heading-m">The sections plans follow</h2>
      <p className="nhsuk-body">
        The toolkit’s sections come first and cannot be changed. What your organisation adds is marked “Added by you”; it can be
        reworded later but never removed, because plans may already use it.
      </p>
      {sections.map((s) => (
        <details className="nhsuk-details" key={s.key}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">
              {s.title}
              {added.has(s.key) && ' (added by you)'}
            </span>
          </summary>
          <div className="nhsuk-details__text">
            <p>{s.purpose}</p>
            {s.checklists.map((c) => (
              <div key={c.key}>
                <h3 className="nhsuk-heading-s">
                  Checklist: {c.title}
                  <Added isAdded={!added.has(s.key) && added.has(`${s.key}/${c.key}`)} />
                </h3>
                <ul className="nhsuk-list nhsuk-list--bullet">
                  {c.items.map((i) => (
                    <li key={i.key}>
                      {i.label}
                      <Added isAdded={!added.has(s.key) && added.has(`${s.key}/${c.key}/${i.key}`)} />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            {s.prompts.length > 0 && (
              <>
                <h3 className="nhsuk-heading-s">Questions</h3>
                <ul className="nhsuk-list nhsuk-list--bullet">
                  {s.prompts.map((p) => (
                    <li key={p.key}>
                      {p.label}
                      <Added isAdded={!added.has(s.key) && added.has(`${s.key}?${p.key}`)} />
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p className="nhsuk-body-s">Source: {s.source}</p>
          </div>
        </details>
      ))}
    </>
  );
}
