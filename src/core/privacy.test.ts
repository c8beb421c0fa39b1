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
});

describe('stripControls and visible', () => {
  it('keeps tab and newline, drops the rest', () => {
    expect(stripControls('a\tb\nc\u0007d\u009be\u202ef\rg')).toBe('a\tb\ncdefg');
  });
  it('IDs that differ only by invisible characters look the same', () => {
    expect(visible('S-\u200b001\ufeff')).toBe('S-001');
  });
});
