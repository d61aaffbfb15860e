// The report package (.nianbao) as the UI and the CLI see it: what a chosen package holds before
// anything is written, and how it is added.

export const PACKAGE_EXTENSION = '.nianbao';

/** A report with ten years of versions stays far below this; a larger file is refused unread. */
export const MAX_PACKAGE_BYTES = 64 * 1024 * 1024;

export const PACKAGE_IMPORT_MODES = ['new', 'copy', 'replace'] as const;
/** new: no report of that unit and year here; copy: beside the one here; replace: over it (the
 *  one here is kept as a version first). */
export type PackageImportMode = (typeof PACKAGE_IMPORT_MODES)[number];

export interface PackagePreview {
  previewId: string;
  fileName: string;
  unitName: string;
  year: number;
  title: string;
  sectionCount: number;
  /** 字数 of the whole text. */
  chars: number;
  /** Versions it carries (0 when exported without history). */
  versionCount: number;
  /** When and by which app version it was written. */
  exportedAt: string;
  appVersion: string;
  /** The report of the same unit and year on this PC, if there is one. */
  existing: { reportId: number; title: string; updatedAt: string } | null;
}
