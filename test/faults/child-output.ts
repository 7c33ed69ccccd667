import { writeSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes one line to stdout synchronously, straight to fd 1: once it returns, the parent can
 * read the line, so "reported" means written. stdout is a non-blocking pipe: when the parent
 * is slow to read (a loaded machine), a write answers EAGAIN and is tried again a moment later.
 */
export function say(line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}
