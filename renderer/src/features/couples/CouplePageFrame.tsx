import { PageHeading } from '@renderer/ui/PageHeading';
import { SafetyFlagBadge } from '@renderer/ui/SafetyFlagBadge';
import { notFoundOr, QueryView } from '@renderer/ui/states';
import type { Couple } from '@shared/contract/couples';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { coupleQuery } from './queries';

/**
 * The frame of a screen about one couple (a plan, its measurements): a link back, the title
 * with the couple's name and safety badge, then the screen once the couple is loaded. The
 * link's label may name the couple, so it is worked out once the couple is known.
 */
export function CouplePageFrame({
  coupleId,
  title,
  back,
  wide = false,
  children,
}: {
  coupleId: string;
  /** "Treatment plan draft": the couple's name follows. */
  title: string;
  back: { to: string; label: (couple: Couple | undefined) => string };
  wide?: boolean;
  children(couple: Couple): ReactNode;
}) {
  const couple = useQuery(coupleQuery(coupleId));
  return (
    <div className={`page${wide ? ' page--wide' : ''}`}>
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
      </div>
      <QueryView
        query={couple}
        loading="Loading the couple…"
        errorTitle={notFoundOr('This couple was not found', 'This couple could not be opened')}
      >
        {children}
      </QueryView>
    </div>
  );
}

/** Back to the couple's Plan tab, where the plan screens and measurements are reached from. */
export function backToPlan(coupleId: string): {
  to: string;
  label: (couple: Couple | undefined) => string;
} {
  return {
    to: `/couples/${coupleId}?tab=plan`,
    label: (couple) => (couple ? `${couple.displayName}: plan` : 'Back to the plan'),
  };
}
