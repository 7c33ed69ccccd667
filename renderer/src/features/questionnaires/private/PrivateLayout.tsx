import { DemoTag } from '@renderer/features/practice/DemoMarker';
import type { ReactNode } from 'react';

/**
 * The frame of the partner's screens: the product name and one wide card, no navigation and
 * no way into the record. The DEMO tag stays, so a demo is never mistaken for real records.
 */
export function PrivateLayout({ children }: { children: ReactNode }) {
  return (
    <div className="private-layout">
      <header className="private-layout__brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Rekindle</span>
        <DemoTag />
      </header>
      <main className="private-card">{children}</main>
    </div>
  );
}
