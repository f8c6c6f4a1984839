// Pieces of work that would otherwise land in one frame, taken one per frame:
// each runs in a task of its own, the next only once a frame has been drawn
// after it. Two charts that one scroll brings near (kept-chart-slot.ts) are
// then drawn and laid out in two frames rather than in one long one.
const queue: (() => void)[] = [];
let running = false;

const next = () => {
  setTimeout(() => {
    try {
      queue.shift()!();
    } finally {
      if (queue.length) requestAnimationFrame(next);
      else running = false;
    }
  });
};

/** Runs `piece` in a task of its own, after the pieces queued before it, one per frame. */
export function onePerFrame(piece: () => void): void {
  queue.push(piece);
  if (running) return;
  running = true;
  next();
}
