import { containsNiNumber, NAME_WITHHELD, NI_WITHHELD, stripControls, visible, withhold, withholder, withholdNiNumbers } from './privacy';

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
