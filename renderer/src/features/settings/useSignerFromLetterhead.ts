import type { SignDialogState } from '@renderer/ui/SignDialog';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { settingsQuery } from './queries';

/**
 * Fills a sign dialog's name from the letterhead's clinician name in Settings, once per opening:
 * after that the field is the clinician's, and emptying it must leave it empty rather than
 * bring the name back. A name already typed is never replaced.
 */
export function useSignerFromLetterhead(
  open: boolean,
  dialog: Pick<SignDialogState, 'signedBy' | 'setSignedBy'>,
) {
  const clinicianName = useQuery(settingsQuery).data?.letterhead.clinicianName ?? null;
  const { signedBy, setSignedBy } = dialog;
  const prefilled = useRef(false);
  useEffect(() => {
    if (!open) {
      prefilled.current = false;
      return;
    }
    if (prefilled.current || !clinicianName) return;
    prefilled.current = true;
    if (!signedBy) setSignedBy(clinicianName);
  }, [open, clinicianName, signedBy, setSignedBy]);
}
