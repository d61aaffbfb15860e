import { describe, expect, it } from 'vitest';
import { createHandlers, handlerEnv } from '../../../../electron/services/api/handlers';
import { tempStore } from '../../../helpers/tempDir';

describe('getLastOpened / setLastOpened', () => {
  it('reopens the report and section last open, and never one that is gone', async () => {
    const store = await tempStore();
    const h = createHandlers(store, handlerEnv('t'));
    expect(await h.getLastOpened({})).toEqual({ last: null });
    const report = await h.createReport({ unit: { fullName: '盘龙彝族乡人民政府', kind: 'township' }, year: 2025 });
    const added = await h.addSection({ reportId: report.id, parentId: null, afterId: null, title: '新标题' });
    await h.setLastOpened({ reportId: report.id, sectionId: added.id });
    expect(await h.getLastOpened({})).toEqual({ last: { reportId: report.id, sectionId: added.id } });
    // A deleted section: the report opens at its start.
    await h.removeSection({ id: added.id });
    expect(await h.getLastOpened({})).toEqual({ last: { reportId: report.id, sectionId: null } });
    // A section of another report is never opened with this one.
    const other = await h.createReport({ unit: { fullName: '苍溪县司法局', kind: 'department' }, year: 2025 });
    await h.setLastOpened({ reportId: report.id, sectionId: other.sections[0]!.id });
    expect(await h.getLastOpened({})).toEqual({ last: { reportId: report.id, sectionId: null } });
    // Back to the library, or a deleted report: the library.
    await h.setLastOpened({ reportId: null, sectionId: null });
    expect(await h.getLastOpened({})).toEqual({ last: null });
    await h.setLastOpened({ reportId: other.id, sectionId: null });
    await h.deleteReport({ id: other.id });
    expect(await h.getLastOpened({})).toEqual({ last: null });
    // A damaged setting reads as nothing remembered.
    store.settings.set('ui.lastOpened', { reportId: 'x' });
    expect(await h.getLastOpened({})).toEqual({ last: null });
    await store.close();
  });
});
