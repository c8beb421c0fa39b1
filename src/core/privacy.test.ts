import { containsNiNumber, NAME_WITHHELD, NI_WITHHELD, nothingToWithhold, screen, SCREEN_FAILED, SCREEN_START, screenTable, stripControls, visible, withhold, withholder, withholdNiNumbers } from './privacy';

describe('withholdNiNumbers: no NI number in any form survives', () => {
  it.each([
    ['QQ 12 34 56 C'],
    ['QQ123456C'],
    ['qq123456c'],
    ['QQ-12-34-56-C'],
    ['QQ.12.34.56.C'],
    ['QQ123456'],
    ['QQ\u00a012\u00a034\u00a056\u00a0C'],
    ['ＱＱ１２３４５６Ｃ'],
    ['QQ\u200b123456C'],
  ])('%j', (ni) => {
    const out = withholdNiNumbers(`NI: ${ni}.`);
    expect(out).toBe(`NI: ${NI_WITHHELD}.`);
    expect(containsNiNumber(ni)).toBe(true);
  });

  it('a quoted NI number reads as "an NI number"', () => {
    expect(withholdNiNumbers('found "QQ123456C"')).toBe('found an NI number');
  });

  it('leaves longer numbers and ordinary IDs alone', () => {
    expect(withholdNiNumbers('S-1234567 and AB1234567 and £6,200')).toBe('S-1234567 and AB1234567 and £6,200');
  });
});

describe('withholder: names matched whatever the form', () => {
  const w = withholder(['Amira Patel', 'Zoë Ng', 'İlker Demir']);
  it.each([
    ['Amira Patel left', `${NAME_WITHHELD} left`],
    ['AMIRA PATEL left', `${NAME_WITHHELD} left`],
    ['Amira\u00a0Patel left', `${NAME_WITHHELD} left`],
    ['Amira   Patel left', `${NAME_WITHHELD} left`],
    ['Patel, Amira left', `${NAME_WITHHELD} left`],
    ['SEC-AmiraPatel-01', `SEC-${NAME_WITHHELD}-01`],
    ['Zoe\u0308 Ng', NAME_WITHHELD],
    ['Zoë Ng', NAME_WITHHELD],
    ['İİ Amira Patel', `İİ ${NAME_WITHHELD}`],
    ['ilker demir', NAME_WITHHELD],
    ['Ａｍｉｒａ Ｐａｔｅｌ', NAME_WITHHELD],
  ])('%j', (text, expected) => {
    expect(w(text)).toBe(expected);
  });

  it('withholds whole words only', () => {
    expect(withhold('Ann Lee and Annabel', ['Ann'])).toBe(`${NAME_WITHHELD} Lee and Annabel`);
  });

  it('removes control characters from what it returns', () => {
    expect(w('\u001b[2Jcleared')).toBe('[2Jcleared');
  });

  it('takes the longest name that starts at a word, among names sharing their first words', () => {
    const names = withholder(['Ann Marie', 'Ann Marie Lee', 'Ann']);
    expect(names('Ann Marie Lee left')).toBe(`${NAME_WITHHELD} left`);
    expect(names('Ann Marie left')).toBe(`${NAME_WITHHELD} left`);
    expect(names('Ann Marie Leeds left')).toBe(`${NAME_WITHHELD} Leeds left`);
    expect(names('Ann left')).toBe(`${NAME_WITHHELD} left`);
    expect(names('Marie left')).toBe('Marie left');
  });

  it('finds one name among thousands sharing its first word, and leaves the word alone elsewhere', () => {
    const many = withholder(Array.from({ length: 5000 }, (_, i) => `Secondee ${i + 1}`));
    expect(many('Secondee 4321 left; 4321 Secondee too')).toBe(`${NAME_WITHHELD} left; ${NAME_WITHHELD} too`);
    expect(many('The secondee left in 2025')).toBe('The secondee left in 2025');
    expect(many('Secondee5000 and Secondee 5001')).toBe(`${NAME_WITHHELD} and Secondee 5001`);
  });

  it('checks printable ASCII text for names and NI numbers as closely as any other text', () => {
    const names = withholder(['Amira Patel']);
    expect(names('ID S-001: amira-patel, QQ123456C')).toBe(`ID S-001: ${NAME_WITHHELD}, ${NI_WITHHELD}`);
    expect(names('Plain text stays as it is: Amira only.')).toBe('Plain text stays as it is: Amira only.');
  });
});

describe('stripControls and visible', () => {
  it('keeps tab and newline, drops the rest', () => {
    expect(stripControls('a\tb\nc\u0007d\u009be\u202ef\rg')).toBe('a\tb\ncdefg');
  });
  it('IDs that differ only by invisible characters look the same', () => {
    expect(visible('S-\u200b001\ufeff')).toBe('S-001');
  });
});

describe('screen: the piece-wise proof that a message needs no screening', () => {
  it.each([
    ['QQ 12 34 56 C'],
    ['QQ123456C'],
    ['by 123456 days'],
    ['AB-12-34-56'],
    ['ab\t12\n34.56'],
    ['esc \u001b[31m'],
    ['bidi \u202e'],
    ['zero\u200bwidth'],
    ['ＱＱ１２３４５６Ｃ'],
    ['carriage\rreturn'],
    ['on row 123456 (the full screen reads it too: it has the shape)'],
  ])('gives up on %j (a shape, a control or an unusual character)', (text) => {
    expect(screen(SCREEN_START, text)).toBe(SCREEN_FAILED);
  });

  it.each([['The post has been vacant since 01/04/2025; due by 01/07/2025 (3 months unfilled).'], ['row 12345'], ['NO-S000123'], ['£6,200 – § 5.5 “quoted” ‘x’ — y'], ['12 3456 78']])('passes %j', (text) => {
    expect(screen(SCREEN_START, text)).not.toBe(SCREEN_FAILED);
    expect(nothingToWithhold(text)).toBe(true);
  });

  // Text made from pieces drawn from the characters that matter (letters, digits, every separator,
  // controls, the plain non-ASCII ones, an unusual one), checked against the full screen.
  const ALPHABET = ['a', 'B', 'z', '0', '1', '9', ' ', '.', '-', '\t', '\n', '/', ',', '£', '“', '\u001b', '\u202e', 'é', '\u00a0'];
  let seed = 12345;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const piece = (): string => Array.from({ length: Math.floor(next() * 8) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]!).join('');

  it('never passes text the full screen would change, and a table gives what scanning the piece gives', () => {
    for (let i = 0; i < 5000; i++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 4) }, piece);
      const text = parts.join('');
      let state = SCREEN_START;
      for (const p of parts) state = state === SCREEN_FAILED ? state : screenTable(p)[state]!;
      expect(state).toBe(screen(SCREEN_START, text));
      if (state !== SCREEN_FAILED) expect(stripControls(withholdNiNumbers(text))).toBe(text);
    }
  });

  it('gives up on every text holding an NI number (random digits between two letters)', () => {
    for (let i = 0; i < 2000; i++) {
      const d = () => String(Math.floor(next() * 10));
      const sep = () => ['', ' ', '.', '-'][Math.floor(next() * 4)]!;
      const text = `${piece()} QQ${sep()}${d()}${d()}${sep()}${d()}${d()}${sep()}${d()}${d()} ${piece()}`;
      expect(screen(SCREEN_START, text)).toBe(SCREEN_FAILED);
    }
  });
});
