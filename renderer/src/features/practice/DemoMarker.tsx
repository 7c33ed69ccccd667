import { ConfirmDialog } from '@renderer/ui/Dialog';
import { useState } from 'react';
import { useIsDemo, usePractice } from './practiceContext';

/** "DEMO" beside the product name, in the sticky header of every screen: it never scrolls away. */
export function DemoTag() {
  if (!useIsDemo()) return null;
  return (
    <strong className="demo-tag" data-testid="demo-tag">
      DEMO
    </strong>
  );
}

/**
 * The strip across every screen while the demo practice is open: says plainly that every
 * person is fictional, that real records do not belong here, and how to leave.
 */
export function DemoBanner() {
  const { status, leaveDemo, leaving } = usePractice();
  const [confirming, setConfirming] = useState(false);
  if (status?.practice !== 'demo') return null;
  return (
    <section className="demo-banner" aria-label="Demo practice">
      <p className="demo-banner__text">
        <strong>You are in the demo practice.</strong> Every person in it is fictional. Do not enter real
        clients’ information here: the demo is deleted when you leave it.
      </p>
      <button
        type="button"
        className="button button--secondary demo-banner__leave"
        onClick={() => setConfirming(true)}
        disabled={leaving}
      >
        Leave the demo
      </button>
      <ConfirmDialog
        open={confirming}
        title="Leave the demo practice?"
        confirmLabel="Leave the demo"
        busy={leaving}
        onConfirm={leaveDemo}
        onCancel={() => setConfirming(false)}
      >
        <p>
          The demo’s fictional records are deleted, and Rekindle goes back to your own practice. You can build
          a fresh demo at any time.
        </p>
      </ConfirmDialog>
    </section>
  );
}
