// A consequential action behind a confirmation step: first a button, then "are you sure?" with confirm and cancel.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { isApiError } from '../api/client';

interface Props {
  id: string;
  heading: string;
  explanation: ReactNode;
  buttonText: string;
  question: ReactNode;
  confirmText: string;
  /** Red button for actions that take something away. */
  isDestructive?: boolean;
  onConfirm: () => Promise<void>;
}

export function ConfirmAction({
  id,
  heading,
  explanation,
  buttonText,
  question,
  confirmText,
  isDestructive = false,
  onConfirm,
}: Props) {
  const [step, setStep] = useState<'start' | 'confirm'>('start');
  const [problem, setProblem] = useState<string | undefined>();
  const [isBusy, setBusy] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const hasInteracted = useRef(false);

  useEffect(() => {
    if (!hasInteracted.current) return;
    if (step === 'confirm') questionRef.current?.focus();
    else startRef.current?.focus();
  }, [step]);

  const confirm = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await onConfirm();
    } catch (error) {
      setProblem(isApiError(error) ? (error.problem.detail ?? error.problem.title) : 'Something went wrong. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="hearth-section" aria-labelledby={`${id}-heading`}>
      <h2 className="nhsuk-heading-m" id={`${id}-heading`}>
        {heading}
      </h2>
      {step === 'start' ? (
        <>
          <p className="nhsuk-body">{explanation}</p>
          <button
            ref={startRef}
            type="button"
            className={`nhsuk-button ${isDestructive ? 'nhsuk-button--warning' : 'nhsuk-button--secondary'}`}
            onClick={() => {
              hasInteracted.current = true;
              setStep('confirm');
            }}
          >
            {buttonText}
          </button>
        </>
      ) : (
        <div className="nhsuk-inset-text hearth-confirm">
          <p className="nhsuk-body" ref={questionRef} tabIndex={-1}>
            {question}
          </p>
          {problem && (
            <p className="nhsuk-error-message" role="alert">
              <span className="nhsuk-u-visually-hidden">Error: </span>
              {problem}
            </p>
          )}
          <div className="nhsuk-button-group">
            <button
              type="button"
              className={`nhsuk-button ${isDestructive ? 'nhsuk-button--warning' : ''}`.trim()}
              disabled={isBusy}
              onClick={() => void confirm()}
            >
              {confirmText}
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => {
                setStep('start');
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
