import { libraryAreas } from '@shared/domain/library';
import { isSubstanceUseArea, substanceUseScreen } from '@shared/domain/reports/substance-use';
import { describe, expect, it } from 'vitest';

describe('substanceUseScreen', () => {
  const screen = substanceUseScreen(['Kratom', 'prescription pills']);

  it.each([
    [
      'the plan engine’s sexual-health goal',
      'Talk openly about desire, performance worries and how use has affected your sex life',
    ],
    ['sobriety', "Trust grows as Zoë's sobriety holds"],
    ['sober', 'Sober weekends together'],
    ['relapse, inflected', 'Talk about what happened after she relapsed'],
    ['abstinence', 'Celebrate 30 days of abstinence'],
    ['drinking', 'Evenings out without drinking'],
    ['a substance by name', 'No cannabis in the house'],
    ['a substance recorded for the couple', 'Partner A stops buying kratom'],
    ['a recorded substance of two words', 'Prescription pills locked away'],
    ['recovery', 'Support each other’s recovery without policing it'],
    ['a support programme', 'Partner A calls a 12-step sponsor'],
    ['"use" as a noun', 'No use since March'],
    ['"the urge to use"', 'Notice the urge to use and call someone'],
    ['accents and capitals do not hide a word', 'SOBRIÉTÉ'],
  ])('flags %s', (_case, text) => {
    expect(screen.mentions(text)).toBe(true);
  });

  it.each([
    ['an instruction starting with "Use"', 'Use I-statements when upset'],
    ['"use" after a modal verb', 'Partner B will use the time-out agreement'],
    ['emotional withdrawal', 'Less emotional withdrawal during arguments'],
    ['emotional triggers', 'Name emotional triggers before they escalate'],
    ['a word that starts like a stem only by accident', 'Reuse the weekly planning sheet'],
    ['ordinary trust work', 'Rebuild trust through promises kept'],
  ])('lets %s through', (_case, text) => {
    expect(screen.mentions(text)).toBe(false);
  });
});

describe('isSubstanceUseArea', () => {
  it('is true for relapse prevention and aftercare only', () => {
    expect(libraryAreas.filter(isSubstanceUseArea)).toEqual(['triggers', 'aftercare']);
  });
});
