import { DemoBanner, DemoTag } from '@renderer/features/practice/DemoMarker';
import type { ReactNode } from 'react';

/**
 * The frame of every screen shown before the records are open: brand and one centered card.
 * With the demo practice open, the DEMO tag and banner are part of the frame too.
 *
 * `partner`: the frame of a partner's private check-in, a wider card in larger type. The DEMO
 * tag stays, but not the banner: its "Leave the demo" is the clinician's choice, not the partner's.
 */
export function VaultLayout({
  children,
  wide = false,
  partner = false,
}: {
  children: ReactNode;
  wide?: boolean;
  partner?: boolean;
}) {
  const size = partner ? ' vault-card--partner' : wide ? ' vault-card--wide' : '';
  return (
    <div className="vault-layout">
      <header className="vault-layout__brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Rekindle</span>
        <DemoTag />
      </header>
      {partner ? null : <DemoBanner />}
      <main className={`vault-card${size}`}>{children}</main>
    </div>
  );
}
