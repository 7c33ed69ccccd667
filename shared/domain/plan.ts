/**
 * Treatment plans as the clinician keeps them: the document, turning a proposal into a
 * draft, what a draft needs before signing, a readable diff between versions, review dates.
 */
export * from '@shared/domain/plan/diff';
export * from '@shared/domain/plan/document';
export * from '@shared/domain/plan/from-proposal';
export * from '@shared/domain/plan/measure';
export * from '@shared/domain/plan/note-links';
export * from '@shared/domain/plan/readiness';
export * from '@shared/domain/plan/review';
