// Entry of the built CLI (out/main/cli.js), started by electron/cli/bin.js.
import { runCli } from './cli';

runCli(process.argv.slice(2), process.env, {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  stdin: process.stdin,
}).then(
  (code) => {
    process.exitCode = code;
  },
  // runCli answers every error itself; this is a last resort, and still says it in Chinese.
  () => {
    process.stderr.write('错误：程序内部出错。\n');
    process.exitCode = 1;
  },
);
