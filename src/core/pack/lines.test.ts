import { fromYmd } from '../dates';
import { NPF_2021 } from '../rulebook';
import { buildPack } from './model';
import { layoutPack, WIDTH_PER_CHAR } from './layout';
import { firstPageColumns, linePlacement, rowHeight, wrappedLines } from './lines';
import { PACK_STYLE } from './style';

describe('wrappedLines', () => {
  // A column 10 units wide holds floor(9 / 0.8) = 11 characters a line.
  const width = 10;
  it('counts the lines a text takes, wrapping by word', () => {
    expect(Math.floor((width - 1) / WIDTH_PER_CHAR)).toBe(11);
    expect(wrappedLines('short', width)).toBe(1);
    expect(wrappedLines('eleven char', width)).toBe(1);
    expect(wrappedLines('eleven chars', width)).toBe(2);
    expect(wrappedLines('one two three four five', width)).toBe(3);
  });

  it('breaks a word longer than a line, counts each paragraph, and takes wider text as taking more room', () => {
    expect(wrappedLines('a'.repeat(23), width)).toBe(3);
    expect(wrappedLines('one\ntwo', width)).toBe(2);
    expect(wrappedLines('eleven char', width, 1.2)).toBe(2);
    expect(wrappedLines('', width)).toBe(1);
  });
});

describe('linePlacement', () => {
  const model = buildPack([], { asOf: fromYmd(2025, 9, 30), meetingDate: null, rulebook: NPF_2021, includeNames: false });
  const doc = layoutPack(model);

  it('keeps a title to one unmerged line of the title style’s height', () => {
    for (const s of doc.sheets) {
      for (const l of s.lines.filter((x) => x.style === 'title')) expect(linePlacement(s, l, PACK_STYLE)).toEqual({ span: 1, wrap: false, height: PACK_STYLE.lines.title.lineHeight });
    }
  });

  it('wraps other lines across the first printed page, but not on the Cover (its column B holds the values)', () => {
    const summary = doc.sheets.find((s) => s.name === 'Summary')!;
    const line = summary.lines.find((l) => l.style !== 'title')!;
    const place = linePlacement(summary, line, PACK_STYLE);
    expect(place.span).toBe(firstPageColumns(summary));
    expect(place.span).toBeGreaterThan(1);
    expect(place.wrap).toBe(true);
    expect(place.height).toBe(rowHeight(wrappedLines(line.text, summary.columnWidths.slice(0, place.span).reduce((n, w) => n + w + 0.7, 0) / PACK_STYLE.lines[line.style].widthFactor), PACK_STYLE.lines[line.style]));
    const cover = doc.sheets.find((s) => s.name === 'Cover')!;
    for (const l of cover.lines.filter((x) => x.style !== 'title')) expect(linePlacement(cover, l, PACK_STYLE).span).toBe(1);
  });
});
