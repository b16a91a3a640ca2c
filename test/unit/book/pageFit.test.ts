import { describe, expect, it } from 'vitest';
import { appearanceMatrix, apply, fitPage, normalRotation, stampBand } from '../../../electron/book/pageFit';

const A4 = { x: 0, y: 0, width: 595.28, height: 841.89 };
const close = (got: [number, number], want: [number, number]) => {
  expect(got[0]).toBeCloseTo(want[0], 2);
  expect(got[1]).toBeCloseTo(want[1], 2);
};

describe('fitting a page into the book', () => {
  it('keeps an A4 page A4 and shrinks it evenly just enough to free the stamp band', () => {
    const fit = fitPage(A4, 0);
    // Band: 4% of 595.28 = 23.81 pt; scale = (841.89 - 23.81) / 841.89 = 0.97172.
    expect(fit.band).toBeCloseTo(23.81, 2);
    expect([fit.width, fit.height]).toEqual([595.28, 841.89]);
    close(apply(fit.matrix, 0, 0), [8.42, 23.81]);
    close(apply(fit.matrix, 595.28, 841.89), [586.86, 841.89]);
  });

  it('never lets the page reach into the band, whatever its size (A3: band 33.68 pt)', () => {
    const a3 = fitPage({ x: 0, y: 0, width: 841.89, height: 1190.55 }, 0);
    expect(a3.band).toBeCloseTo(33.68, 2);
    expect(apply(a3.matrix, 0, 0)[1]).toBeCloseTo(33.68, 2);
    expect(apply(a3.matrix, 841.89, 1190.55)[1]).toBeCloseTo(1190.55, 2);
  });

  it('turns a /Rotate 90 page as a viewer does: its left edge becomes the top, the book page is landscape', () => {
    const fit = fitPage(A4, 90);
    expect([fit.width, fit.height]).toEqual([841.89, 595.28]);
    // Original top-left corner (0, 841.89) → top-right of the content area; bottom-left (0, 0) → top-left.
    const s = (595.28 - fit.band) / 595.28;
    const left = (841.89 - 841.89 * s) / 2;
    close(apply(fit.matrix, 0, 841.89), [left + 841.89 * s, 595.28]);
    close(apply(fit.matrix, 0, 0), [left, 595.28]);
  });

  it('turns /Rotate 270 the other way and 180 upside down', () => {
    const r270 = fitPage(A4, 270);
    const s = (595.28 - r270.band) / 595.28;
    const left = (841.89 - 841.89 * s) / 2;
    // Top-left of the original goes to the bottom-left of the content area.
    close(apply(r270.matrix, 0, 841.89), [left, r270.band]);
    const r180 = fitPage(A4, 180);
    close(apply(r180.matrix, 595.28, 841.89), apply(fitPage(A4, 0).matrix, 0, 0));
  });

  it('honours a crop box that does not start at the origin', () => {
    const fit = fitPage({ x: 100, y: 50, width: 400, height: 600 }, 0);
    expect([fit.width, fit.height]).toEqual([400, 600]);
    close(apply(fit.matrix, 100, 50), [fit.content.x, fit.band]);
  });

  it('reads /Rotate as a multiple of 90, negative values included, and anything else as 0', () => {
    expect([normalRotation(-90), normalRotation(450), normalRotation(45), normalRotation(180)]).toEqual([
      270, 90, 0, 180,
    ]);
  });

  it('keeps the band between 20 and 60 pt', () => {
    expect(stampBand(200, 300)).toBe(20);
    expect(stampBand(5000, 5000)).toBe(60);
  });

  it('maps an annotation appearance onto its rectangle (Algorithm 8.1)', () => {
    // A 100×20 appearance into the rectangle [50 700 250 740]: scale 2, 2 and move to (50, 700).
    const m = appearanceMatrix(
      { x: 50, y: 700, width: 200, height: 40 },
      { x: 0, y: 0, width: 100, height: 20 },
      [1, 0, 0, 1, 0, 0],
    );
    expect(m).toEqual([2, 0, 0, 2, 50, 700]);
  });
});
