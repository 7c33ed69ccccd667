import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Couple } from '../../../../shared/contract/couples';
import { errorMessage, isApiError } from '../../api/client';
import { PageHeading } from '../../ui/PageHeading';
import { SafetyFlagBadge } from '../../ui/SafetyFlagBadge';
import { ErrorState, LoadingState } from '../../ui/states';
import { coupleQuery } from '../couples/queries';

/**
 * The frame of the measurement screens: back to the couple, the title with the couple's name
 * and safety badge, links between the screens, then the screen once the couple is loaded.
 */
export function MeasurementsFrame({
  coupleId,
  title,
  back,
  actions,
  children,
}: {
  coupleId: string;
  title: string;
  back: { to: string; label: (couple: Couple | undefined) => string };
  actions?: ReactNode;
  children(couple: Couple): ReactNode;
}) {
  const couple = useQuery(coupleQuery(coupleId));
  let body: ReactNode;
  if (couple.isPending) body = <LoadingState label="Loading the couple…" />;
  else if (couple.isError)
    body = (
      <ErrorState
        title={
          isApiError(couple.error) && couple.error.code === 'not_found'
            ? 'This couple was not found'
            : 'This couple could not be opened'
        }
        message={errorMessage(couple.error)}
        onRetry={() => void couple.refetch()}
      />
    );
  else body = children(couple.data);
  return (
    <div className="page">
      <p className="back-link">
        <Link to={back.to}>
          <span aria-hidden="true">← </span>
          {back.label(couple.data)}
        </Link>
      </p>
      <div className="page-header">
        <div className="page-header__title">
          <PageHeading>
            {title}
            {couple.data ? `: ${couple.data.displayName}` : ''}
          </PageHeading>
          {couple.data ? <SafetyFlagBadge count={couple.data.openSafetyFlags} /> : null}
        </div>
        {actions ? <div className="page-header__actions">{actions}</div> : null}
      </div>
      {body}
    </div>
  );
}
