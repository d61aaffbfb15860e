import { describe, expect, it } from 'vitest';
import { kindOfTypedName, loadScriptReader, retypeName, type Profile } from '../../../renderer/library/unitProfile';

const panlong: Profile = { fullName: '盘龙彝族乡人民政府', shortName: '盘龙乡', kind: 'township', superior: '石林彝族自治县人民政府', signatureName: '盘龙彝族乡人民政府' };

describe('retypeName', () => {
  it('clears what the previous unit filled in and takes the type from the new name', () => {
    expect(retypeName(panlong, '苍溪县司法局', panlong, false)).toEqual({ fullName: '苍溪县司法局', shortName: '', kind: 'department', superior: '', signatureName: '' });
  });

  it('keeps what the user typed, and a type the user chose', () => {
    const typed = { ...panlong, shortName: '司法局' };
    expect(retypeName(typed, '苍溪县司法局', panlong, true)).toEqual({ ...typed, fullName: '苍溪县司法局', superior: '', signatureName: '' });
  });

  it('leaves the fields alone once no unit filled them, and keeps the type while the name says nothing yet', () => {
    const own = { ...panlong, fullName: '苍溪', shortName: '苍溪' };
    expect(retypeName(own, '苍溪县', null, false)).toEqual({ ...own, fullName: '苍溪县' });
  });

  it('reads a name in traditional script once OpenCC is loaded, and keeps the type until then', async () => {
    expect(kindOfTypedName('蒼溪縣司法局')).toBe('later');
    expect(retypeName(panlong, '蒼溪縣司法局', panlong, false).kind).toBe('township');
    expect(kindOfTypedName('苍溪县司法局（jú）')).toBe('department');
    await loadScriptReader();
    expect(kindOfTypedName('蒼溪縣司法局')).toBe('department');
    expect(retypeName(panlong, '蒼溪縣司法局', panlong, false).kind).toBe('department');
    expect(kindOfTypedName('宅梧鎮（zhèn）')).toBe('township');
  });
});
