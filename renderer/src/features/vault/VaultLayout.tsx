import { DemoBanner, DemoTag } from '@renderer/features/practice/DemoMarker';
import type { ReactNode } from 'react';

/**
 * The frame of every screen shown before the records are open: brand and one centered card.
 * With the demo practice open, the DEMO tag and banner are part of the frame too.
 */
export function VaultLayout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <div className="vault-layout">
      <header className="vault-layout__brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Rekindle</span>
        <DemoTag />
      </header>
      <DemoBanner />
      <main className={`vault-card${wide ? ' vault-card--wide' : ''}`}>{children}</main>
    </div>
  );
}
