/**
 * The CLI's .xlsx pack carries the Board summary's charts as pictures
 * (src/adapters/xlsx/chart-image.ts): exceljs reads the pack back and finds
 * them on the Board summary only, below its figures and decisions, under a
 * title and a description in cells, inside the print area; each is a real
 * PNG of a sensible size for its chart.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { chartDescription, chartPictures, pngSize } from '../../src/adapters/xlsx/chart-image';
import type { BarChart } from '../../src/core/pack/charts';

const ROOT = path.join(__dirname, '..', '..');
const io = (cwd: string): CliIo => ({ stdout: () => undefined, stderr: (t) => console.error(t), now: () => new Date('2025-10-20T09:30:00Z'), colour: false, cwd });

describe('chart pictures in the CLI’s .xlsx pack', () => {
  let dir: string;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yot-pack-charts-'));
    const pack = path.join(dir, 'pack.xlsx');
    const args = ['pack', path.join(ROOT, 'samples', 'north-west-tracker.xlsx'), '--previous', path.join(ROOT, 'samples', 'north-west-tracker-previous.xlsx'), '--out', pack];
    expect(await main(args, io(dir))).toBe(0);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pack);
  }, 120_000);

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('puts both charts on the Board summary, and no picture anywhere else', () => {
    const board = wb.getWorksheet('Board summary')!;
    expect(board.getImages()).toHaveLength(2);
    for (const ws of wb.worksheets.filter((w) => w.name !== 'Board summary')) expect(ws.getImages()).toEqual([]);
  });

  it('stores each as a PNG whose size fits its chart: as wide as the printed columns, taller with more YOTs', () => {
    const board = wb.getWorksheet('Board summary')!;
    const sizes = board.getImages().map((img) => {
      const media = wb.getImage(Number(img.imageId));
      expect(media.extension).toBe('png');
      const size = pngSize(new Uint8Array(media.buffer as unknown as ArrayBuffer));
      expect(size).not.toBeNull();
      return size!;
    });
    for (const s of sizes) {
      // Drawn at two pixels a point, about 600 points wide (the Board summary's printed columns in Excel).
      expect(s.width).toBeGreaterThanOrEqual(1000);
      expect(s.width).toBeLessThanOrEqual(1520);
    }
    // The sample's 14 YOTs: a bar each, so the stage chart is much taller than the two-figure quarter chart.
    const [stages, quarters] = sizes;
    expect(stages!.height).toBeGreaterThan(2 * 14 * 20);
    expect(quarters!.height).toBeLessThan(stages!.height / 2);
    expect(quarters!.height).toBeGreaterThan(150);
  });

  it('heads each picture with its title and a one-line description in cells, below the decisions and inside the print area', () => {
    const board = wb.getWorksheet('Board summary')!;
    const text = (r: number) => String(board.getCell(r, 1).value ?? '');
    const decisions = [...Array(board.rowCount).keys()].map((i) => i + 1).find((r) => text(r).startsWith('Decisions for the board'))!;
    expect(decisions).toBeGreaterThan(0);
    const images = board.getImages();
    const titles = ['Open vacancies by stage reached, per YOT, on 30/09/2025', 'Last quarter (2025/26 Q1) and this quarter (2025/26 Q2)'];
    images.forEach((img, i) => {
      const top = img.range.tl.nativeRow + 1; // 1-based row the picture starts on
      expect(top).toBeGreaterThan(decisions);
      expect(text(top - 2)).toBe(titles[i]);
      expect(text(top - 1)).toMatch(i === 0 ? /^Stacked bar chart of open vacancies for each of 14 YOTs, a segment each for Stage 1, Stage 2, Stage 3, Stage 4, Stage 5/ : /^Bar chart of Open vacancies and Reviews overdue: one bar each for Last quarter 2025\/26 Q1 and This quarter 2025\/26 Q2/);
    });
    const printArea = /\$?([A-Z]+)\$?(\d+)$/.exec(board.pageSetup.printArea!)!;
    const lastPicture = images[images.length - 1]!;
    const pictureRows = Math.ceil(((lastPicture.range as unknown as { ext: { height: number } }).ext.height * 0.75) / 15);
    expect(Number(printArea[2])).toBeGreaterThanOrEqual(lastPicture.range.tl.nativeRow + pictureRows);
    expect(printArea[1]).toBe('D');
  });

  it('draws the words in the picture: text makes the PNG differ from the same chart with its labels blanked', async () => {
    const chart: BarChart = { id: 't', title: 'Open vacancies by stage', valueLabel: 'Open vacancies (number)', categoryLabel: 'YOT', categories: ['Wirral YJS', 'Sefton YJS'], series: [{ name: 'Stage 1', values: [1, 2] }], mode: 'stacked' };
    const blank: BarChart = { ...chart, title: ' ', valueLabel: ' ', categoryLabel: ' ', categories: [' ', ' '], series: [{ name: ' ', values: [1, 2] }] };
    const [withWords, withoutWords] = await chartPictures([chart, blank], 400);
    expect(pngSize(withWords!.png)).toEqual(pngSize(withoutWords!.png));
    // Glyphs are detail the compressor cannot squeeze away: fonts were found and used.
    expect(withWords!.png.length).toBeGreaterThan(withoutWords!.png.length * 1.5);
    expect(chartDescription(chart)).toBe('Stacked bar chart of open vacancies for each of 2 YOTs, a segment each for Stage 1; every bar is labelled with its number. The same figures are in the tables of this pack.');
  });
});
