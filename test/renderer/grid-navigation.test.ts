import {
  clampToGrid,
  firstEnabledCell,
  type GridShape,
  gridMoveForKey,
  moveInGrid,
} from '@renderer/ui/gridNavigation';
import { describe, expect, it } from 'vitest';

const week: GridShape = { rows: 3, cols: 7 };
/** A week whose last two days are in the future, and so cannot be entered. */
const partWeek: GridShape = { rows: 3, cols: 7, isDisabled: ({ col }) => col >= 5 };

describe('grid keyboard movement', () => {
  it('maps arrows, Home and End to moves, and ignores other keys and modified arrows', () => {
    expect(gridMoveForKey('ArrowLeft')).toBe('left');
    expect(gridMoveForKey('ArrowRight')).toBe('right');
    expect(gridMoveForKey('ArrowUp')).toBe('up');
    expect(gridMoveForKey('ArrowDown')).toBe('down');
    expect(gridMoveForKey('Home')).toBe('rowStart');
    expect(gridMoveForKey('End')).toBe('rowEnd');
    expect(gridMoveForKey('Tab')).toBeNull();
    expect(gridMoveForKey('y')).toBeNull();
    expect(gridMoveForKey('ArrowLeft', { shiftKey: true })).toBeNull();
    expect(gridMoveForKey('ArrowRight', { ctrlKey: true })).toBeNull();
  });

  it('moves one cell at a time and stays put at the edges instead of wrapping', () => {
    expect(moveInGrid({ row: 1, col: 3 }, 'right', week)).toEqual({ row: 1, col: 4 });
    expect(moveInGrid({ row: 1, col: 3 }, 'left', week)).toEqual({ row: 1, col: 2 });
    expect(moveInGrid({ row: 1, col: 3 }, 'up', week)).toEqual({ row: 0, col: 3 });
    expect(moveInGrid({ row: 1, col: 3 }, 'down', week)).toEqual({ row: 2, col: 3 });
    expect(moveInGrid({ row: 0, col: 6 }, 'right', week)).toEqual({ row: 0, col: 6 });
    expect(moveInGrid({ row: 0, col: 0 }, 'left', week)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 0, col: 2 }, 'up', week)).toEqual({ row: 0, col: 2 });
    expect(moveInGrid({ row: 2, col: 2 }, 'down', week)).toEqual({ row: 2, col: 2 });
  });

  it('jumps to the first and last enterable day of the row with Home and End', () => {
    expect(moveInGrid({ row: 1, col: 3 }, 'rowStart', week)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid({ row: 1, col: 3 }, 'rowEnd', week)).toEqual({ row: 1, col: 6 });
    expect(moveInGrid({ row: 1, col: 1 }, 'rowEnd', partWeek)).toEqual({ row: 1, col: 4 });
  });

  it('never lands on a day that cannot be entered', () => {
    expect(moveInGrid({ row: 0, col: 4 }, 'right', partWeek)).toEqual({ row: 0, col: 4 });
    const gaps: GridShape = { rows: 1, cols: 5, isDisabled: ({ col }) => col === 2 };
    expect(moveInGrid({ row: 0, col: 1 }, 'right', gaps)).toEqual({ row: 0, col: 3 });
    expect(moveInGrid({ row: 0, col: 3 }, 'left', gaps)).toEqual({ row: 0, col: 1 });
  });

  it('finds the first cell to focus and keeps a remembered cell inside a grid that changed shape', () => {
    expect(firstEnabledCell(week)).toEqual({ row: 0, col: 0 });
    expect(firstEnabledCell({ rows: 2, cols: 2, isDisabled: () => true })).toBeNull();
    // From a 31-day month to a 30-day one: the 31st becomes the 30th.
    expect(clampToGrid({ row: 4, col: 30 }, { rows: 5, cols: 30 })).toEqual({ row: 4, col: 29 });
    // A month that is only partly past: back to the last day that can be entered.
    expect(
      clampToGrid({ row: 0, col: 20 }, { rows: 3, cols: 30, isDisabled: ({ col }) => col > 11 }),
    ).toEqual({
      row: 0,
      col: 11,
    });
    expect(clampToGrid({ row: 0, col: 0 }, { rows: 0, cols: 7 })).toBeNull();
  });
});
