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
 * The frame of every plan screen: back to the couple's Plan tab, the page title with the
 * couple's name and safety badge, then the screen once the couple is loaded.
 */
export function PlanPageFrame({
  coupleId,
  title,
  wide = false,
  children,
}: {
  coupleId: string;
  /** "Treatment plan draft" — the couple's name follows. */
  title: string;
  wide?: boolean;
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
    <div className={`page${wide ? ' page--wide' : ''}`}>
      <p className="back-link">
        <Link to={`/couples/${coupleId}?tab=plan`}>
          <span aria-hidden="true">← </span>
          {couple.data ? `${couple.data.displayName}: plan` : 'Back to the plan'}
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
      </div>
      {body}
    </div>
  );
}
