// The export service's public API, for the IPC handlers and the CLI.
export { buildReportDocx } from './docxBuilder';
export { exportReportToFile } from './exportReport';
export { checkFonts, findMissingFonts, type FontCheck } from './fonts';
export { writeFileAtomic } from './writeFile';
export { defaultExportFileName } from '../../../shared/export/fileName';
export { countPages } from '../../../shared/export/layout/layout';
export { buildExportModel, exportOutline } from '../../../shared/export/model';
export { exportFontNames, parseExportSettings, DEFAULT_EXPORT_SETTINGS, type ExportSettings } from '../../../shared/export/settings';
