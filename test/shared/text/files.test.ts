import { describe, expect, it } from 'vitest';
import { fileNameOf, formatFileSize } from '../../../shared/text/files';

describe('formatFileSize', () => {
  it('says whole KB below a megabyte (at least 1) and MB to one decimal above', () => {
    expect(formatFileSize(0)).toBe('1 KB');
    expect(formatFileSize(300)).toBe('1 KB');
    expect(formatFileSize(1536)).toBe('2 KB');
    expect(formatFileSize(1024 * 1024 - 1)).toBe('1024 KB');
    expect(formatFileSize(1024 * 1024)).toBe('1.0 MB');
    expect(formatFileSize(5.25 * 1024 * 1024)).toBe('5.3 MB');
  });
});

describe('fileNameOf', () => {
  it('takes the last part of a Windows or a POSIX path', () => {
    expect(fileNameOf('C:\\Users\\王\\AppData\\年报助手\\backups\\nianbao-20251210-090000-daily.db')).toBe('nianbao-20251210-090000-daily.db');
    expect(fileNameOf('/media/usb/年报助手备份-20251210-090000.db')).toBe('年报助手备份-20251210-090000.db');
    expect(fileNameOf('报告.docx')).toBe('报告.docx');
  });
});
