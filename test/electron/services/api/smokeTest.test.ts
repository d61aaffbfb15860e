// The release check (`nianbao --smoke-test`) run here under Node: the same steps the packaged app
// runs on each target OS — store, export, import through the reader process, export, read back.
import { describe, expect, it } from 'vitest';
import { runSmokeTest } from '../../../../electron/services/api/smokeTest';

describe('runSmokeTest', () => {
  it('passes every step and says so', async () => {
    const lines: string[] = [];
    expect(await runSmokeTest({ version: 't', say: (l) => lines.push(l) })).toBe(0);
    expect(lines.join('\n')).toMatch(/已导出：.*\.docx[\s\S]*已导入：[\s\S]*已核对：[\s\S]*冒烟测试通过/);
  });

  it('fails with the step that broke (here: no templates where the package should have them)', async () => {
    const lines: string[] = [];
    expect(await runSmokeTest({ version: 't', templatesDir: '/nonexistent/templates', say: (l) => lines.push(l) })).toBe(1);
    expect(lines.at(-1)).toMatch(/^冒烟测试失败：没有可用的报告模板/);
  });
});
