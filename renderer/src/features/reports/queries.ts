/** Cache keys of generated reports; generating, saving and printing change the couple's report history. */
export const reportKeys = {
  all: ['reports'] as const,
  history: (coupleId: string) => ['reports', 'history', coupleId] as const,
};
