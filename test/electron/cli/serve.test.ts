// `nianbao serve` as the user runs it (the built CLI in its own process): prints the address in
// Chinese and English, refuses a second serve on the same data folder, and a server that was
// killed outright (no clean stop) leaves no lock behind — the OS released it.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../helpers/tempDir';
import { BIN } from './runCapture';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

function serve(dataDir: string, ...extra: string[]) {
  const child = spawn(process.execPath, [BIN, 'serve', '--no-open', '--data-dir', dataDir, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const io = { out: '', err: '' };
  child.stdout!.on('data', (c: Buffer) => (io.out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (io.err += c.toString()));
  // 'close': the process ended and all it printed has been read.
  const exit = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  const address = async () => {
    // The banner ends with how to stop it.
    await expect.poll(() => io.out.includes('Press Ctrl+C to stop'), { timeout: 30_000 }).toBe(true);
    return /地址 \/ Address: (\S+)/.exec(io.out)![1]!;
  };
  return { child, io, exit, address };
}

describe('nianbao serve', () => {
  it('prints the address, refuses a second serve on the folder, and stops on SIGINT', async () => {
    const dir = tempDataDir();
    const first = serve(dir);
    expect(await first.address()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?k=[\w-]+$/);
    expect(first.io.out).toContain('Press Ctrl+C to stop');
    expect(first.io.out).toContain(`数据文件夹 / Data folder: ${dir}`);

    const second = serve(dir);
    expect(await second.exit).toBe(1);
    expect(second.io.err).toContain('这个数据文件夹正由另一个年报助手使用');

    first.child.kill('SIGINT');
    expect(await first.exit).toBe(0);
    expect(first.io.out).toContain('已停止。/ Stopped.');
  });

  it('a killed server leaves no stale lock; a port already in use is said so in Chinese', async () => {
    const dir = tempDataDir();
    const first = serve(dir);
    const port = new URL(await first.address()).port;
    first.child.kill('SIGKILL');
    await first.exit;

    const other = serve(tempDataDir());
    const otherPort = new URL(await other.address()).port;
    const busy = serve(dir, '--port', otherPort);
    expect(await busy.exit).toBe(1);
    expect(busy.io.err).toContain(`端口 ${otherPort} 已被占用`);

    const again = serve(dir, '--port', port);
    expect(new URL(await again.address()).port).toBe(port);
    again.child.kill('SIGTERM');
    other.child.kill('SIGTERM');
    expect(await again.exit).toBe(0);
    expect(await other.exit).toBe(0);
  });
});
