/**
 * Treatment plans as the clinician keeps them: the document, turning a proposal into a
 * draft, what a draft needs before signing, a readable diff between versions, review dates.
 */
export * from './plan/diff';
export * from './plan/document';
export * from './plan/from-proposal';
export * from './plan/measure';
export * from './plan/note-links';
export * from './plan/readiness';
export * from './plan/review';
