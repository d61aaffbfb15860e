// Every .docx the test suite exports passes the Open XML SDK validator and the package lint
// (test/helpers/docxValidity.ts): the exporter's builder is wrapped to keep what it returns, and
// after each test file whatever was built and not yet checked is validated.
import { afterAll, expect, vi } from 'vitest';
import { docxProblemsAll, exportedDocx } from '../helpers/docxValidity';

vi.mock('../../electron/services/export/docxBuilder', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../electron/services/export/docxBuilder')>();
  return {
    ...actual,
    buildReportDocx: async (...args: Parameters<typeof actual.buildReportDocx>) => {
      const data = await actual.buildReportDocx(...args);
      exportedDocx.push(data);
      return data;
    },
  };
});

afterAll(async () => {
  if (exportedDocx.length === 0) return;
  const problems = await docxProblemsAll(exportedDocx.splice(0), (i) => `exported file ${i + 1}`);
  expect(problems, 'every .docx these tests exported opens cleanly in Word').toEqual([]);
}, 600_000);
