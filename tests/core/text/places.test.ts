import { describe, expect, it } from 'vitest';
import { cityText, localCity, localProvince, provinceText } from '../../../core/text/places.ts';

/** The park's province and city in the reader's language, for reports and screens alike. */
describe('places in one language', () => {
  it('give a known province in either language, however it was written', () => {
    for (const written of ['Sichuan', 'sichuan province', '四川', '四川省']) {
      expect(localProvince(written, 'zh')).toEqual({ text: '四川', fallback: false });
      expect(localProvince(written, 'en')).toEqual({ text: 'Sichuan', fallback: false });
    }
    expect(provinceText('内蒙古自治区', 'en')).toBe('Inner Mongolia');
  });

  it('give a known city in either language', () => {
    expect(localCity('Suining', 'zh')).toEqual({ text: '遂宁', fallback: false });
    expect(localCity('遂宁市', 'en')).toEqual({ text: 'Suining', fallback: false });
    expect(cityText('Chengdu City', 'zh')).toBe('成都');
  });

  it('keep an unknown place as written, saying when it is only in the other language', () => {
    expect(localCity('Mianyang', 'zh')).toEqual({ text: 'Mianyang', fallback: true });
    expect(localCity(' 绵阳 ', 'zh')).toEqual({ text: '绵阳', fallback: false });
    expect(cityText('Mianyang', 'zh')).toBe('Mianyang（未译）');
    expect(cityText('绵阳', 'en')).toBe('绵阳 (untranslated)');
    expect(localProvince('Atlantis', 'en')).toEqual({ text: 'Atlantis', fallback: false });
    expect(provinceText('Atlantis', 'zh')).toBe('Atlantis（未译）');
  });
});
