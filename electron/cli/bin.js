#!/usr/bin/env node
// Entry of the `nianbao` command: runs the built CLI (npm run build makes it).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'out', 'main', 'cli.js');
if (!existsSync(built)) {
  process.stderr.write('年报助手命令行尚未构建，请先在项目文件夹运行：npm run build\n');
  process.exit(1);
}
await import(pathToFileURL(built).href);
