/** A rectangle in viewport coordinates, as `getBoundingClientRect()` gives it. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
}

export interface Placement {
  /** Viewport coordinates of the popover's top left corner. */
  top: number;
  left: number;
  /** The most the popover may be high on its side; taller, it scrolls. */
  maxHeight: number;
  side: 'below' | 'above';
}

/** Space kept between the popover and what opened it, and between the popover and the viewport's edges (px). */
export const GAP = 8;
export const MARGIN = 12;

/**
 * Where a popover goes beside the element that opened it: below it, or above it when it does not fit
 * below and there is more room above; never over it, so that a student still sees the word they
 * opened. Its height is capped at the room on its side, and it is moved in from the viewport's edges.
 */
export function placeBeside(
  anchor: Box,
  popover: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const roomBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  const side = popover.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const maxHeight = Math.max(side === 'below' ? roomBelow : roomAbove, 0);
  const height = Math.min(popover.height, maxHeight);
  const rightmost = viewport.width - popover.width - MARGIN;
  return {
    top: side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height,
    left: Math.max(Math.min(anchor.left, rightmost), MARGIN),
    maxHeight,
    side,
  };
}
