// Export in browser mode: the Documents folder as the desktop names it, and never over a file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsDir, freeFileName } from '../../../electron/web/browserPlatform';
import { tempDataDir } from '../../helpers/tempDir';

describe('documentsDir', () => {
  it('reads XDG_DOCUMENTS_DIR (a Chinese desktop’s ~/文档), else the usual names, else home', () => {
    const home = tempDataDir('家');
    mkdirSync(join(home, '.config'));
    expect(documentsDir({}, 'linux', home)).toBe(home);
    mkdirSync(join(home, 'Documents'));
    expect(documentsDir({}, 'linux', home)).toBe(join(home, 'Documents'));
    mkdirSync(join(home, '公文'));
    writeFileSync(join(home, '.config', 'user-dirs.dirs'), '# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR="$HOME/桌面"\nXDG_DOCUMENTS_DIR="$HOME/公文"\n');
    expect(documentsDir({}, 'linux', home)).toBe(join(home, '公文'));
  });

  it('on Windows, %USERPROFILE%\\Documents', () => {
    const profile = tempDataDir('用户');
    mkdirSync(join(profile, 'Documents'));
    expect(documentsDir({ USERPROFILE: profile }, 'win32', '/nowhere')).toBe(join(profile, 'Documents'));
  });
});

describe('freeFileName', () => {
  it('adds （2）, （3）… rather than overwrite', () => {
    const dir = tempDataDir();
    const file = join(dir, '2025年度报告.docx');
    expect(freeFileName(file)).toBe(file);
    writeFileSync(file, 'x');
    writeFileSync(join(dir, '2025年度报告（2）.docx'), 'x');
    expect(freeFileName(file)).toBe(join(dir, '2025年度报告（3）.docx'));
  });
});
