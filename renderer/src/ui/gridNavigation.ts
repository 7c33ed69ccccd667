/**
 * Keyboard movement in a spreadsheet-like grid of cells (the week grid of a paper log, the
 * recovery calendar). Pure, so the rules are tested without a browser: arrows move one cell,
 * Home and End jump to the first and last cell of the row, and cells that cannot take input
 * (days in the future) are skipped. Movement never wraps to another row: at an edge it stays.
 */

export interface GridPosition {
  row: number;
  col: number;
}

export interface GridShape {
  rows: number;
  cols: number;
  /** A cell that cannot be entered (skipped when moving); none by default. */
  isDisabled?(position: GridPosition): boolean;
}

export type GridMove = 'left' | 'right' | 'up' | 'down' | 'rowStart' | 'rowEnd';

const KEY_MOVES: Readonly<Record<string, GridMove>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'rowStart',
  End: 'rowEnd',
};

/** The move a key asks for, or null for any other key (and for arrows with a modifier held). */
export function gridMoveForKey(
  key: string,
  modifiers: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; shiftKey?: boolean } = {},
): GridMove | null {
  if (modifiers.ctrlKey || modifiers.metaKey || modifiers.altKey || modifiers.shiftKey) return null;
  return KEY_MOVES[key] ?? null;
}

function enabled(shape: GridShape, position: GridPosition): boolean {
  return (
    position.row >= 0 &&
    position.row < shape.rows &&
    position.col >= 0 &&
    position.col < shape.cols &&
    !shape.isDisabled?.(position)
  );
}

/** The next enabled cell from `from` (exclusive) stepping by `step`, or null when there is none. */
function scan(shape: GridShape, from: GridPosition, step: { row: number; col: number }): GridPosition | null {
  let position = { row: from.row + step.row, col: from.col + step.col };
  while (position.row >= 0 && position.row < shape.rows && position.col >= 0 && position.col < shape.cols) {
    if (enabled(shape, position)) return position;
    position = { row: position.row + step.row, col: position.col + step.col };
  }
  return null;
}

/**
 * Where focus goes for a move: the nearest enabled cell that way, or the same cell when there is
 * none (at the edge of the grid, or only disabled cells beyond).
 */
export function moveInGrid(position: GridPosition, move: GridMove, shape: GridShape): GridPosition {
  const stay = { ...position };
  switch (move) {
    case 'left':
      return scan(shape, position, { row: 0, col: -1 }) ?? stay;
    case 'right':
      return scan(shape, position, { row: 0, col: 1 }) ?? stay;
    case 'up':
      return scan(shape, position, { row: -1, col: 0 }) ?? stay;
    case 'down':
      return scan(shape, position, { row: 1, col: 0 }) ?? stay;
    case 'rowStart':
      return scan(shape, { row: position.row, col: -1 }, { row: 0, col: 1 }) ?? stay;
    case 'rowEnd':
      return scan(shape, { row: position.row, col: shape.cols }, { row: 0, col: -1 }) ?? stay;
  }
}

/** The first enabled cell, reading row by row; null when every cell is disabled. */
export function firstEnabledCell(shape: GridShape): GridPosition | null {
  for (let row = 0; row < shape.rows; row++) {
    for (let col = 0; col < shape.cols; col++) {
      if (enabled(shape, { row, col })) return { row, col };
    }
  }
  return null;
}

/** Keeps a remembered position inside the grid after it changed shape (another month, fewer rows). */
export function clampToGrid(position: GridPosition, shape: GridShape): GridPosition | null {
  const clamped = {
    row: Math.min(Math.max(position.row, 0), shape.rows - 1),
    col: Math.min(Math.max(position.col, 0), shape.cols - 1),
  };
  if (shape.rows === 0 || shape.cols === 0) return null;
  if (enabled(shape, clamped)) return clamped;
  return (
    scan(shape, clamped, { row: 0, col: -1 }) ??
    scan(shape, clamped, { row: 0, col: 1 }) ??
    firstEnabledCell(shape)
  );
}
