// What export gets from the "desktop" in browser mode. A web page cannot show a save dialog or a
// file manager, so: the file is written to the remembered folder (first time: the user's
// Documents) under the offered name — never over an existing file — and the page then offers it
// as a download.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { PlatformHooks } from '../services/export/platform';
import type { Downloads } from './downloads';

const isDir = (dir: string) => {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The user's Documents folder as the desktop names it: on Linux the XDG user dir (on Chinese
 * UOS/Kylin desktops usually ~/文档), on Windows %USERPROFILE%\Documents; the home folder when
 * there is none.
 */
export function documentsDir(env: Record<string, string | undefined> = process.env, platform = process.platform, home = homedir()): string {
  const candidates: string[] = [];
  if (platform === 'win32') candidates.push(join(env['USERPROFILE'] ?? home, 'Documents'));
  else {
    try {
      const dirs = readFileSync(join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'user-dirs.dirs'), 'utf8');
      const m = /^XDG_DOCUMENTS_DIR="([^"]+)"/m.exec(dirs);
      if (m) candidates.push(m[1]!.replace(/^\$HOME/, home));
    } catch {
      // No user-dirs file (servers, minimal desktops): the usual names follow.
    }
    candidates.push(join(home, '文档'), join(home, 'Documents'));
  }
  return candidates.find(isDir) ?? home;
}

/** `name.docx`, else `name（2）.docx`, `name（3）.docx` … — the first that does not exist yet. */
export function freeFileName(path: string): string {
  if (!existsSync(path)) return path;
  const ext = extname(path);
  const stem = basename(path, ext);
  for (let i = 2; ; i++) {
    const next = join(dirname(path), `${stem}（${i}）${ext}`);
    if (!existsSync(next)) return next;
  }
}

export function browserPlatform(defaultFolder: string, downloads: Downloads): PlatformHooks {
  return {
    chooseSavePath({ defaultPath }) {
      const path = freeFileName(defaultPath);
      downloads.allow(path);
      return Promise.resolve(path);
    },
    showInFolder() {
      throw new AppError('UNSUPPORTED', '浏览器模式下无法打开文件夹。文件已保存在上面显示的位置，也可以点「下载此文件」。');
    },
    openFile() {
      return Promise.reject(new AppError('UNSUPPORTED', '浏览器模式下无法直接打开文件。文件已保存在上面显示的位置，也可以点「下载此文件」。'));
    },
    defaultFolder: () => defaultFolder,
    openFolder(path) {
      throw new AppError('UNSUPPORTED', `浏览器模式下无法打开文件夹。备份保存在：${path}`);
    },
    // No folder dialog in a page: 「备份到U盘…」 writes to the export folder, and says where.
    chooseFolder: () => Promise.resolve(defaultFolder),
    chooseOpenFile() {
      throw new AppError('UNSUPPORTED', '浏览器模式下无法选择文件。请从备份列表中恢复，或在命令行运行：nianbao restore-backup <备份文件> --yes');
    },
  };
}
