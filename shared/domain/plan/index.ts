/**
 * Treatment plans as the clinician keeps them: the document, turning a proposal into a
 * draft, what a draft needs before signing, a readable diff between versions, review dates.
 */
export * from './diff';
export * from './document';
export * from './from-proposal';
export * from './measure';
export * from './note-links';
export * from './readiness';
export * from './review';
