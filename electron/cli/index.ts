// Entry of the built CLI (out/main/cli.js), started by electron/cli/bin.js.
import { runCli } from './cli';

runCli(process.argv.slice(2), process.env, {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`错误：${String(err)}\n`);
    process.exitCode = 1;
  },
);
