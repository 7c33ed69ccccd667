/**
 * Who each demo couple is: two fictional partners, their recovery, their intake answers, how
 * quickly they are likely to progress and which of the practice's featured situations (a
 * relapse, a stalled milestone, an open safety flag...) their history is to contain.
 */
import type { AssessmentInput, PartnerAssessmentInput, Ratings } from '@shared/contract/assessments';
import type { CoupleInput, PartnerInput } from '@shared/contract/couples';
import {
  type CodependencyId,
  type Dsm5CriterionId,
  dsm5Criteria,
  type RatingArea,
  ratingAreas,
  type SafetyItemId,
  safetyItems,
  type TrustHistoryId,
} from '@shared/domain/assessment';
import { type CoupleStatus, suggestDisplayName } from '@shared/domain/couple';
import { addDays } from './clock';
import { DEMO_REFERRALS, type DemoIdentity, demoIdentity } from './names';
import { Rng } from './prng';

export type Position = 'A' | 'B';

/**
 * Situations the practice must contain so every screen has something to show. Each is given
 * to one couple (see `featuredRoles`); the rest of the caseload gets them by chance.
 * `notSeen`: the couple canceled, then missed a session, and booked nothing since (Today's
 * "not seen for over 21 days"); `toRecord`: their latest past booking was never recorded.
 */
export const featuredRoleOrder = [
  'relapse',
  'stall',
  'openSafetyFlag',
  'unsignedNote',
  'reviewDueSoon',
  'reviewOverdue',
  'resolvedSafetyFlag',
  'maintenance',
  'notSeen',
  'toRecord',
] as const;
export type FeaturedRole = (typeof featuredRoleOrder)[number];
/** Featured couples get at least this much history, whatever `--months` says, so their situation can unfold. */
export const FEATURED_MIN_MONTHS = 3;

/**
 * Which couple gets each role: the couple at `slot` (modulo the practice's size for the
 * required roles, which every practice has however few couples; only when there is such a
 * couple for the others). The slots keep incompatible roles apart in a three-couple practice:
 * a couple not seen for three weeks cannot also have a stalled weekly log, a safety flag
 * raised a fortnight ago or a note from last week.
 */
const roleSlots: Record<FeaturedRole, { slot: number; required: boolean }> = {
  relapse: { slot: 0, required: true },
  stall: { slot: 1, required: true },
  openSafetyFlag: { slot: 2, required: true },
  notSeen: { slot: 3, required: true },
  unsignedNote: { slot: 4, required: true },
  toRecord: { slot: 5, required: true },
  reviewDueSoon: { slot: 7, required: true },
  reviewOverdue: { slot: 6, required: false },
  resolvedSafetyFlag: { slot: 5, required: false },
  maintenance: { slot: 7, required: false },
};
/** Roles a couple not seen for weeks cannot have: each needs sessions in the last three weeks. */
const needsRecentSessions: readonly FeaturedRole[] = ['stall', 'openSafetyFlag', 'unsignedNote'];

export function featuredRoles(index: number, couples: number): Set<FeaturedRole> {
  const roles = new Set<FeaturedRole>();
  for (const role of featuredRoleOrder) {
    const { slot, required } = roleSlots[role];
    if (required ? slot % couples === index : slot === index) roles.add(role);
  }
  // In a practice too small to keep them apart, the incompatible role gives way.
  if (roles.has('notSeen') && needsRecentSessions.some((role) => roles.has(role))) roles.delete('notSeen');
  if (roles.has('toRecord') && (roles.has('unsignedNote') || roles.has('stall'))) roles.delete('toRecord');
  return roles;
}

/**
 * Three of the first eight couples have their weekly session today, so Today shows a real
 * day (the rest fall in the week ahead). Never the stalled couple, whose stall needs four
 * weeks of logs before the present, nor the couple not seen; couples after the eighth meet on
 * whatever weekday they started.
 */
const MEETS_TODAY: readonly number[] = [2, 4, 5];

export interface PartnerProfile {
  position: Position;
  identity: DemoIdentity;
  dateOfBirth: string;
  inRecovery: boolean;
  substances: string[];
  criteria: Dsm5CriterionId[];
  yearsOfUse: number | null;
  sobrietyDate: string | null;
  ratings: Ratings;
  trustHistory: TrustHistoryId[];
  codependency: CodependencyId[];
  commitment: number;
  intent: 'improve' | 'decide' | 'unsure';
  drinks: boolean;
  auditCSex: 'male' | 'female' | 'unspecified';
  priorTreatment: string | null;
  medication: string | null;
  ownGoal: string | null;
  /** How strongly this partner's ratings move with the couple's progress (0.6-1.2). */
  responsiveness: number;
}

export interface CoupleProfile {
  index: number;
  roles: Set<FeaturedRole>;
  displayName: string;
  referral: string;
  months: number;
  /** The intake session. */
  startDate: string;
  /** Minutes after midnight of the weekly session. */
  sessionStart: number;
  /** For a couple whose weekly session falls today: which of today's couples it is (0, 1, 2...). */
  todayOrdinal: number | null;
  durationMinutes: number;
  telehealthShare: number;
  noteFormat: 'DAP' | 'SOAP' | 'BIRP';
  yearsTogether: number;
  livingTogether: boolean;
  children: number;
  partners: Record<Position, PartnerProfile>;
  /** Weeks for the couple to get about two thirds of the way (commitment shortens it). */
  paceWeeks: number;
  /** Reliability: chance a session is cancelled or missed. */
  missRate: number;
  /** Random (non-featured) situations for a realistic large caseload. */
  extraRelapse: boolean;
  extraStall: boolean;
  /** Urine or breath screens are part of the recovery calendar (court or program referral). */
  screens: boolean;
  /** One partner (the one hurt by the use) sees trust this much lower than the other. */
  trustGap: number;
}

const SUBSTANCES = [
  ['alcohol'],
  ['alcohol'],
  ['opioids'],
  ['cannabis'],
  ['stimulants'],
  ['alcohol', 'cannabis'],
  ['cocaine'],
  ['gambling'],
  ['benzodiazepines'],
] as const;

const PRIOR_TREATMENT = [
  'Outpatient program (fictional), last year',
  '28-day residential program (fictional)',
  'Peer support meetings only',
  null,
] as const;

const OWN_GOALS = [
  'To trust each other again without checking up.',
  'To enjoy weekends together without anyone drinking.',
  'To talk about money without it turning into a fight.',
  'To feel close again, not like flatmates.',
  'To decide together whether we can make this work.',
  'To be honest about cravings before they become a problem.',
  null,
] as const;

const clampRating = (value: number) => Math.max(0, Math.min(10, Math.round(value)));

function ratingsAround(rng: Rng, level: number): Ratings {
  return Object.fromEntries(ratingAreas.map((area) => [area, clampRating(level + rng.noise(2.2))])) as Record<
    RatingArea,
    number
  >;
}

function partnerProfile(
  rng: Rng,
  position: Position,
  serial: number,
  inRecovery: boolean,
  startDate: string,
  level: number,
  avoidFirst?: string,
): PartnerProfile {
  const identity = demoIdentity(rng, serial, avoidFirst);
  const substances = inRecovery ? [...rng.pick(SUBSTANCES)] : [];
  const criteriaCount = inRecovery ? rng.int(2, 9) : 0;
  const criteria = rng
    .sample(
      dsm5Criteria.map((c) => c.id),
      criteriaCount,
    )
    .sort();
  const year = rng.int(1968, 2001);
  return {
    position,
    identity,
    dateOfBirth: `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    inRecovery,
    substances,
    criteria,
    yearsOfUse: inRecovery ? rng.int(2, 20) : null,
    sobrietyDate: inRecovery ? addDays(startDate, -rng.int(21, 400)) : null,
    ratings: ratingsAround(rng, level),
    trustHistory: [],
    codependency: [],
    commitment: rng.weighted([
      [5, 3],
      [4, 4],
      [3, 2],
      [2, 1],
    ]),
    intent: rng.weighted([
      ['improve', 8],
      ['decide', 1.5],
      ['unsure', 1],
    ]),
    drinks: inRecovery ? substances.includes('alcohol') : rng.chance(0.6),
    auditCSex: rng.pick(['male', 'female', 'unspecified'] as const),
    priorTreatment: inRecovery ? rng.pick(PRIOR_TREATMENT) : null,
    medication:
      inRecovery && substances.includes('opioids') ? 'Buprenorphine (fictional prescription)' : null,
    ownGoal: rng.pick(OWN_GOALS),
    responsiveness: 0.6 + rng.float() * 0.6,
  };
}

export function coupleProfile(input: {
  seed: string | number;
  index: number;
  couples: number;
  months: number;
  today: string;
}): CoupleProfile {
  const { index, couples, today } = input;
  const rng = Rng.for(input.seed, 'couple', index);
  const roles = featuredRoles(index, couples);
  const maxMonths = Math.max(1, input.months);
  const minMonths = Math.min(3, maxMonths);
  // Spread evenly over the range (a golden-ratio sequence), so even a few couples cover it.
  const spread = (index * 0.618_034 + Rng.for(input.seed, 'months').float()) % 1;
  let months = minMonths + Math.floor(spread * (maxMonths - minMonths + 1));
  if (roles.size > 0) months = Math.max(months, FEATURED_MIN_MONTHS);
  // Weekly sessions fall on the start's weekday: today's for the couples meeting today.
  let daysAgo = Math.round(months * 30.4) + rng.int(0, 6);
  if (index < 8) {
    if (MEETS_TODAY.includes(index)) daysAgo -= daysAgo % 7;
    else if (daysAgo % 7 === 0) daysAgo += 3;
  }
  const startDate = addDays(today, -daysAgo);

  // Who is in recovery: usually one partner, sometimes the other, sometimes both.
  const bothInRecovery = index === 1 % couples || (index > 7 && rng.chance(0.12));
  const recovering: Position = rng.chance(0.7) ? 'A' : 'B';
  const level = rng.int(2, 6);
  const serial = index * 2;
  const A = partnerProfile(rng, 'A', serial, bothInRecovery || recovering === 'A', startDate, level);
  const B = partnerProfile(
    rng,
    'B',
    serial + 1,
    bothInRecovery || recovering === 'B',
    startDate,
    level,
    A.identity.firstName,
  );
  const partners = { A, B };

  // Trust history (most couples) on the partner in recovery; co-dependency on the other one.
  const user = partners[recovering];
  const other = partners[recovering === 'A' ? 'B' : 'A'];
  if (rng.chance(0.75)) {
    user.trustHistory = rng
      .sample(
        ['deceptionAboutUse', 'brokenPromises', 'financialSecrecy', 'infidelity'] as const,
        rng.int(1, 3),
      )
      .sort();
  }
  if (!bothInRecovery && rng.chance(0.5)) {
    other.codependency = rng
      .sample(
        [
          'coversForPartner',
          'takesOverResponsibilities',
          'neglectsOwnNeeds',
          'moodDependsOnPartner',
          'avoidsConflictToKeepPeace',
          'providesMoneyOrSubstances',
        ] as const,
        rng.int(1, 3),
      )
      .sort();
  }
  const trustGap = user.trustHistory.length > 0 ? rng.int(1, 4) : rng.int(0, 2);
  other.ratings.trust = clampRating(user.ratings.trust - trustGap);

  return {
    index,
    roles,
    displayName: suggestDisplayName(
      { firstName: A.identity.firstName, preferredName: null },
      { firstName: B.identity.firstName, preferredName: null },
    ),
    referral: rng.pick(DEMO_REFERRALS),
    months,
    startDate,
    todayOrdinal: MEETS_TODAY.includes(index) ? MEETS_TODAY.indexOf(index) : null,
    sessionStart: rng.pick([9 * 60, 10 * 60 + 30, 13 * 60, 14 * 60 + 30, 16 * 60, 17 * 60 + 30]),
    durationMinutes: rng.pick([50, 50, 60, 75]),
    telehealthShare: rng.pick([0, 0.1, 0.3, 0.6]),
    noteFormat: rng.weighted([
      ['DAP', 5],
      ['SOAP', 4],
      ['BIRP', 1],
    ]),
    yearsTogether: rng.int(2, 25),
    livingTogether: rng.chance(0.85),
    children: rng.weighted([
      [0, 4],
      [1, 3],
      [2, 3],
      [3, 1],
    ]),
    partners,
    paceWeeks: 8 + (5 - Math.min(A.commitment, B.commitment)) * 3 + rng.int(0, 6),
    missRate: rng.pick([0.04, 0.08, 0.12, 0.2]),
    extraRelapse: !roles.has('relapse') && rng.chance(0.15),
    extraStall: !roles.has('stall') && rng.chance(0.12),
    screens: rng.chance(0.35) || user.medication !== null,
    trustGap,
  };
}

function partnerInput(p: PartnerProfile): PartnerInput {
  return {
    firstName: p.identity.firstName,
    lastName: p.identity.lastName,
    preferredName: null,
    pronouns: p.identity.pronouns,
    dateOfBirth: p.dateOfBirth,
    phone: p.identity.phone,
    email: p.identity.email,
    inRecovery: p.inRecovery,
    substances: p.substances,
    severity: !p.inRecovery
      ? null
      : p.criteria.length >= 6
        ? 'severe'
        : p.criteria.length >= 4
          ? 'moderate'
          : 'mild',
    yearsOfUse: p.yearsOfUse,
    sobrietyDate: p.sobrietyDate,
  };
}

export function coupleInput(profile: CoupleProfile, status: CoupleStatus): CoupleInput {
  return {
    displayName: profile.displayName,
    status,
    referralSource: profile.referral,
    startDate: profile.startDate,
    partnerA: partnerInput(profile.partners.A),
    partnerB: partnerInput(profile.partners.B),
  };
}

function partnerAssessment(
  p: PartnerProfile,
  ratings: Ratings,
  lastUseDate: string | null,
  safety: SafetyItemId[],
): PartnerAssessmentInput {
  return {
    ratings,
    substances: p.substances,
    // Recorded explicitly: the criteria are gone through for a partner in recovery only.
    dsm5Assessed: p.inRecovery,
    dsm5Criteria: p.criteria,
    yearsOfUse: p.yearsOfUse,
    lastUseDate: p.inRecovery ? lastUseDate : null,
    priorTreatment: p.priorTreatment,
    medicationAssistedTreatment: p.medication,
    trustHistory: p.trustHistory,
    codependency: p.codependency,
    commitment: p.commitment,
    ownGoal: p.ownGoal,
    intent: p.intent,
    // Every item asked: the listed ones answered yes, the rest denied.
    safety: Object.fromEntries(safetyItems.map((item) => [item.id, safety.includes(item.id) ? 'yes' : 'no'])),
    auditC: p.drinks
      ? p.inRecovery
        ? { frequency: 3, typicalQuantity: 2, heavyEpisodes: 2 }
        : { frequency: 1, typicalQuantity: 0, heavyEpisodes: 0 }
      : null,
    auditCSex: p.auditCSex,
  };
}

export function assessmentInput(
  profile: CoupleProfile,
  options: {
    coupleId: string;
    kind: 'intake' | 'review';
    assessedOn: string;
    ratings: Record<Position, Ratings>;
    lastUse: Record<Position, string | null>;
    safety?: Partial<Record<Position, SafetyItemId[]>>;
  },
): AssessmentInput {
  const { partners } = profile;
  return {
    coupleId: options.coupleId,
    kind: options.kind,
    assessedOn: options.assessedOn,
    relationship: {
      yearsTogether: profile.yearsTogether,
      livingTogether: profile.livingTogether,
      children: profile.children,
    },
    partnerA: partnerAssessment(partners.A, options.ratings.A, options.lastUse.A, options.safety?.A ?? []),
    partnerB: partnerAssessment(partners.B, options.ratings.B, options.lastUse.B, options.safety?.B ?? []),
  };
}
