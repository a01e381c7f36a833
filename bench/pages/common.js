// Shared by every benchmark page: the same five items, and a probe that records when the
// first item is on screen, so all strips are timed the same way.
export const RATES = { KGS: 87.45, KZT: 520.1, TJS: 10.02, UZS: 12500, TMT: 3.5 };
export const PREVIOUS = { KGS: 87.45, KZT: 519.5, TJS: 10.02, UZS: 12510, TMT: 3.5 };

export function recordFirstItem(findItem) {
  const check = () => {
    if (findItem()) {
      // The frame after the item exists is the one that paints it.
      requestAnimationFrame(() => {
        window.firstItemMs = performance.now();
      });
    } else {
      requestAnimationFrame(check);
    }
  };
  check();
}
