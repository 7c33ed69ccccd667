import { ratingAreas } from '@shared/domain/assessment';
import { measureScaleSchema, milestoneSourceSchema } from '@shared/domain/plan/measure';
import { milestoneMethods } from '@shared/domain/plan-engine/types';
import { winKinds } from '@shared/domain/workspace/wins';
import { z } from 'zod';
import { idSchema } from './fields';

const dated = z.object({ date: z.string(), value: z.number() });
const pair = <T extends z.ZodType>(schema: T) => z.object({ A: schema, B: schema });
const streak = z.object({ days: z.number().int(), from: z.string().nullable(), to: z.string().nullable() });
const streakSummary = z.object({ current: streak, longest: streak });
const partnerAbstinence = z.object({
  yes: z.number().int(),
  no: z.number().int(),
  unknown: z.number().int(),
  rate: z.number().nullable(),
});

/** Mirrors `Dashboard` in shared/domain/dashboard/types.ts; the dispatcher checks the core's output against it. */
export const dashboardSchema = z.object({
  areas: z.array(
    z.object({
      area: z.enum(ratingAreas),
      label: z.string(),
      series: pair(z.array(dated)),
      target: pair(z.number().nullable()),
      discrepancies: z.array(z.object({ date: z.string(), A: z.number(), B: z.number() })),
      discrepancyNow: z.boolean(),
    }),
  ),
  markers: z.array(
    z.object({
      date: z.string(),
      kind: z.enum(['relapse', 'planChange', 'missedSession']),
      label: z.string(),
    }),
  ),
  radar: z.array(
    z.object({
      area: z.enum(ratingAreas),
      label: z.string(),
      baseline: pair(z.number().nullable()),
      latest: pair(z.number().nullable()),
    }),
  ),
  milestones: z.array(
    z.object({
      key: z.string(),
      description: z.string(),
      goal: z.string(),
      method: z.enum(milestoneMethods),
      baseline: z.number().nullable(),
      target: z.number().nullable(),
      dueDate: z.string(),
      scale: measureScaleSchema,
      source: milestoneSourceSchema,
      sourceLabel: z.string(),
      derived: z.boolean(),
      measurements: z.number().int(),
      fromSource: z.number().int(),
      entered: z.number().int(),
      outOfRange: z.array(dated),
      latest: dated.nullable(),
      reachedOn: z.string().nullable(),
      progress: z.number().min(0).max(1).nullable(),
      trend: z.enum(['improving', 'worsening', 'flat', 'insufficient']),
      trendSummary: z.string(),
      stalled: z.boolean(),
      stallReason: z.string().nullable(),
      series: z.array(dated),
    }),
  ),
  attendance: z.array(
    z.object({
      month: z.string(),
      due: z.number().int(),
      attended: z.number().int(),
      rate: z.number().nullable(),
    }),
  ),
  adherence: z.array(
    z.object({
      month: z.string(),
      daysRecorded: z.number().int(),
      trustDiscussion: z.object({
        done: z.number().int(),
        recorded: z.number().int(),
        rate: z.number().nullable(),
      }),
      abstinence: pair(partnerAbstinence.nullable()),
      supportMeetings: z.number().int(),
      screens: z.object({ taken: z.number().int(), positive: z.number().int() }),
    }),
  ),
  heatmap: z.array(
    z.object({
      date: z.string(),
      abstinence: z.enum(['yes', 'no', 'unknown']).nullable(),
      trustDiscussion: z.boolean().nullable(),
    }),
  ),
  streaks: z.object({ abstinence: pair(streakSummary.nullable()), trustDiscussion: streakSummary }),
  timeline: z.object({ minWeeks: z.number(), maxWeeks: z.number(), reasons: z.array(z.string()) }).nullable(),
  consistency: z.object({
    attendance: z.object({
      due: z.number().int(),
      attended: z.number().int(),
      rate: z.number().min(0).max(1).nullable(),
    }),
    homework: z.object({
      assigned: z.number().int(),
      reported: z.number().int(),
      done: z.number().int(),
      partly: z.number().int(),
      rate: z.number().min(0).max(1).nullable(),
      reportedRate: z.number().min(0).max(1).nullable(),
    }),
  }),
  wins: z.array(z.object({ kind: z.enum(winKinds), text: z.string() })),
  flags: z.object({
    openSafetyFlags: z.number().int(),
    discrepancies: z.number().int(),
    stalledMilestones: z.number().int(),
  }),
});

export const dashboardContract = {
  'dashboard:get': {
    input: z
      .object({
        coupleId: idSchema,
        /** Most points per chart series; longer series are downsampled keeping highs and lows. */
        maxPoints: z.number().int().min(4).max(2000).default(200),
      })
      .strict(),
    output: dashboardSchema,
  },
} as const;
