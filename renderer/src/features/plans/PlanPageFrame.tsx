import { backToPlan, CouplePageFrame } from '@renderer/features/couples/CouplePageFrame';
import type { Couple } from '@shared/contract/couples';
import type { ReactNode } from 'react';

/** The frame of every plan screen: a couple's page whose back link returns to its Plan tab. */
export function PlanPageFrame({
  coupleId,
  title,
  wide = false,
  children,
}: {
  coupleId: string;
  /** "Treatment plan draft": the couple's name follows. */
  title: string;
  wide?: boolean;
  children(couple: Couple): ReactNode;
}) {
  return (
    <CouplePageFrame coupleId={coupleId} title={title} back={backToPlan(coupleId)} wide={wide}>
      {children}
    </CouplePageFrame>
  );
}
