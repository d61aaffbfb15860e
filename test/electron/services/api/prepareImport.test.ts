// prepareImport: the import dialog opening starts the reader process, so the first preview does not
// wait for a process to start; the preview then reads in that same process.
import { describe, expect, it } from 'vitest';
import { createHandlers, handlerEnv } from '../../../../electron/services/api/handlers';
import { forkReader } from '../../../../electron/services/import/readerProcess';
import { tempStore } from '../../../helpers/tempDir';

describe('prepareImport', () => {
  it('starts the reader ahead of the first preview, once', async () => {
    const store = await tempStore();
    const fork = forkReader();
    let started = 0;
    const h = createHandlers(store, {
      ...handlerEnv('t'),
      spawnReader: (heapMb, events) => {
        started++;
        return fork(heapMb, events);
      },
    });
    expect(await h.prepareImport({})).toEqual({ ready: true });
    expect(started).toBe(1);
    // The dialog opened again, then a paste: the same process serves.
    await h.prepareImport({});
    const preview = await h.previewImport({ text: '一、主要举措和成效\n全年办理行政许可事项52件。' });
    expect(preview.entries.map((e) => e.sourceTitle)).toEqual(['主要举措和成效']);
    expect(started).toBe(1);
    await store.close();
  });
});
