// Thin shell: the import reader as an Electron utility process. Under Node (CLI, tests) the same
// reader runs through child_process.fork (services/import/readerProcess.ts); in the app a utility
// process is Electron's way to run Node code in its own OS process, so a file that exhausts the
// reader's memory ends that process and the app stays up.
import { utilityProcess } from 'electron';
import { resolveReaderEntry, tailOf, type ReaderEntry, type SpawnReader } from './services/import/readerProcess';
import type { ReaderMessage } from './services/import/readerProtocol';

export function utilityReader(entry: ReaderEntry = resolveReaderEntry()): SpawnReader {
  return (heapMb, events) => {
    const child = utilityProcess.fork(entry.file, entry.args, {
      serviceName: 'nianbao-import-reader',
      execArgv: [`--max-old-space-size=${heapMb}`],
      // stdin must be 'ignore' for a utility process; stderr is kept for the log.
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const stderr = tailOf(child.stderr);
    let ended = false;
    child.on('message', (msg: unknown) => events.message(msg as ReaderMessage));
    child.on('exit', (code) => {
      if (ended) return;
      ended = true;
      events.exit(`code ${code}${stderr() ? `: ${stderr()}` : ''}`);
    });
    return {
      send: (req) => {
        if (!ended) child.postMessage(req);
      },
      // A utility process never keeps the app alive: Electron ends it when the app quits.
      hold: () => undefined,
      kill: () => {
        child.kill();
      },
    };
  };
}
