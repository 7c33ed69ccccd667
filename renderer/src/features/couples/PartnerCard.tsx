import type { Partner } from '@shared/contract/couples';
import { partnerFullName, severityLabels } from '@shared/domain/couple';
import type { ReactNode } from 'react';
import { ageOn, daysBetween, formatDate, plural } from './format';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">Not recorded</span>}</dd>
    </div>
  );
}

/** One partner's record, read-only. Empty fields say "Not recorded" rather than vanish. */
export function PartnerCard({ partner, today }: { partner: Partner; today: string }) {
  const headingId = `partner-${partner.position}-heading`;
  return (
    <section className="partner-card" aria-labelledby={headingId}>
      <p className="partner-card__position">Partner {partner.position}</p>
      <h2 id={headingId} className="partner-card__name">
        {partnerFullName(partner)}
      </h2>
      <dl className="details">
        <Row label="Pronouns">{partner.pronouns}</Row>
        <Row label="Date of birth">
          {partner.dateOfBirth
            ? `${formatDate(partner.dateOfBirth)} (age ${ageOn(partner.dateOfBirth, today)})`
            : null}
        </Row>
        <Row label="Phone">{partner.phone}</Row>
        <Row label="Email">{partner.email}</Row>
        <Row label="In recovery">{partner.inRecovery ? 'Yes' : 'No'}</Row>
        <Row label="Substances">{partner.substances.length > 0 ? partner.substances.join(', ') : null}</Row>
        <Row label="Severity">{partner.severity ? severityLabels[partner.severity] : null}</Row>
        <Row label="Years of use">{partner.yearsOfUse === null ? null : String(partner.yearsOfUse)}</Row>
        <Row label="Sobriety date">
          {partner.sobrietyDate
            ? `${formatDate(partner.sobrietyDate)} (${plural(daysBetween(partner.sobrietyDate, today), 'day')} sober)`
            : null}
        </Row>
      </dl>
    </section>
  );
}
