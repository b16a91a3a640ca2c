/**
 * Where a document's page goes on the book's page: the page as a reader sees it (its crop box, turned by
 * its /Rotate), shrunk just enough to free a stamp band at the bottom, never cropped. The book's page
 * keeps the page's own size and orientation (A3 stays A3, landscape stays landscape) and has /Rotate 0:
 * the turn is baked into the drawing matrix, so the stamp reads upright on every page.
 */

/** [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f (PDF's order). */
export type Matrix = readonly [number, number, number, number, number, number];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageFit {
  /** The book page's size: the page as displayed. */
  width: number;
  height: number;
  /** Height of the stamp band at the bottom, and the stamp's font size. */
  band: number;
  fontSize: number;
  /** Maps the document page's user space into the book page. */
  matrix: Matrix;
  /** The area the document's content occupies on the book page. */
  content: Box;
}

export function multiply(m: Matrix, n: Matrix): Matrix {
  // m applied first, then n.
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The smallest upright box holding `box` once mapped by `m`. */
export function mapBox(m: Matrix, box: Box): Box {
  const corners = [
    apply(m, box.x, box.y),
    apply(m, box.x + box.width, box.y),
    apply(m, box.x, box.y + box.height),
    apply(m, box.x + box.width, box.y + box.height),
  ];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** /Rotate as one of 0, 90, 180, 270 (clockwise); anything else is not a valid value and reads as 0. */
export function normalRotation(degrees: number): 0 | 90 | 180 | 270 {
  const r = (((Math.round(degrees) % 360) + 360) % 360) as number;
  return r === 90 || r === 180 || r === 270 ? r : 0;
}

/**
 * The turn a viewer applies for /Rotate (clockwise), moving the visible box to the origin: e.g. for 90 the
 * page's left edge becomes the top edge.
 */
export function displayMatrix(visible: Box, rotation: 0 | 90 | 180 | 270): Matrix {
  const toOrigin: Matrix = [1, 0, 0, 1, -visible.x, -visible.y];
  const w = visible.width;
  const h = visible.height;
  const turn: Record<0 | 90 | 180 | 270, Matrix> = {
    0: [1, 0, 0, 1, 0, 0],
    90: [0, -1, 1, 0, 0, w],
    180: [-1, 0, 0, -1, w, h],
    270: [0, 1, -1, 0, h, 0],
  };
  return multiply(toOrigin, turn[rotation]);
}

/** Stamp band: about 4% of the page's short side, 20 pt at least (A4: 23.8 pt; A3: 33.7 pt). */
export function stampBand(width: number, height: number): number {
  return Math.min(60, Math.max(20, 0.04 * Math.min(width, height)));
}

export function fitPage(visible: Box, rotation: 0 | 90 | 180 | 270): PageFit {
  const turned = rotation === 90 || rotation === 270;
  const width = turned ? visible.height : visible.width;
  const height = turned ? visible.width : visible.height;
  const band = stampBand(width, height);
  // Shrink evenly (never stretch) so the whole page fits above the band, centred across.
  const scale = (height - band) / height;
  const content: Box = {
    x: (width - width * scale) / 2,
    y: band,
    width: width * scale,
    height: height * scale,
  };
  const matrix = multiply(displayMatrix(visible, rotation), [scale, 0, 0, scale, content.x, content.y]);
  return { width, height, band, fontSize: Math.max(7.5, band * 0.36), matrix, content };
}

/**
 * The `cm` before drawing an annotation's appearance (a form XObject with `bbox` and `formMatrix`) so that
 * it fills `rect` (ISO 32000-1, 12.5.5, Algorithm 8.1: matrix A), in the page's own user space. `Do`
 * applies the form's own matrix itself.
 */
export function appearanceMatrix(rect: Box, bbox: Box, formMatrix: Matrix): Matrix | null {
  const shown = mapBox(formMatrix, bbox);
  if (shown.width <= 0 || shown.height <= 0) return null;
  const sx = rect.width / shown.width;
  const sy = rect.height / shown.height;
  return [sx, 0, 0, sy, rect.x - shown.x * sx, rect.y - shown.y * sy];
}

export function pdfNumber(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const fixed = n.toFixed(4);
  return fixed.replace(/\.?0+$/, '') || '0';
}

export function matrixText(m: Matrix): string {
  return m.map(pdfNumber).join(' ');
}
