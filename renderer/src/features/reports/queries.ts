/** Cache keys of generated reports; generating, saving and printing change the couple's report history. */
export const reportKeys = {
  all: ['reports'] as const,
  history: (coupleId: string) => ['reports', 'history', coupleId] as const,
  /** What a period holds: records change it, so it sits under `all` and is checked afresh on opening. */
  period: (coupleId: string, from: string, to: string) => ['reports', 'period', coupleId, from, to] as const,
};
