// The NHS notification banner: news for the user (success, or something important) above the page content.
import type { ReactNode } from 'react';

interface Props {
  title?: string;
  variant?: 'important' | 'success';
  children: ReactNode;
  id?: string;
}

export function NotificationBanner({ title, variant = 'important', children, id = 'notification-banner' }: Props) {
  const isSuccess = variant === 'success';
  return (
    <div
      className={`nhsuk-notification-banner${isSuccess ? ' nhsuk-notification-banner--success' : ''}`}
      role={isSuccess ? 'alert' : 'region'}
      aria-labelledby={`${id}-title`}
      id={id}
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id={`${id}-title`}>
          {title ?? (isSuccess ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">{children}</div>
    </div>
  );
}
