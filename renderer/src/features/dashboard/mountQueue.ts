/**
 * Mounts charts one per task. A chart costs tens of milliseconds to mount; several reaching
 * the screen at once (a scroll, a switch back from tables) would otherwise block the page for
 * all of them together. Between two charts the browser paints and handles input.
 */
const queue: (() => void)[] = [];
let scheduled = false;

function drain(): void {
  const next = queue.shift();
  next?.();
  if (queue.length > 0) setTimeout(drain, 0);
  else scheduled = false;
}

/** Runs `mount` in a task of its own, after those queued before it; returns a cancel function. */
export function enqueueMount(mount: () => void): () => void {
  queue.push(mount);
  if (!scheduled) {
    scheduled = true;
    setTimeout(drain, 0);
  }
  return () => {
    const at = queue.indexOf(mount);
    if (at >= 0) queue.splice(at, 1);
  };
}
