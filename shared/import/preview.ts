// What the import preview shows and what the user sends back to confirm it. Shared by main
// (electron/services/import), the API contract and the renderer.
import type { AreaSetId } from '../templates/schema';
import type { HeadingStyle, UnitKind } from '../types';
import type { ParseRepair } from './parseText';

export type ImportFormat = 'docx' | 'doc' | 'txt' | 'paste';

export interface ImportPreviewEntry {
  /** Position in `entries` (document order: each level-1 section, then its level-2 children). */
  sourceIndex: number;
  sourceTitle: string;
  level: 1 | 2;
  /** sourceIndex of the level-1 section a level-2 one belongs to; null for level 1. */
  parentIndex: number | null;
  /** Proposed template section; null = kept as the unit's own section in place. */
  targetKey: string | null;
  /** The template section's title (placeholders filled), null when targetKey is null. */
  targetTitle: string | null;
  /** 0…1; 0 for unmatched sections and for the unit's own part-one headings. */
  score: number;
  /** Characters of body text (whitespace not counted). */
  chars: number;
}

/** A template section the user may map a source section onto. */
export interface ImportTarget {
  key: string;
  title: string;
  level: number;
  parentKey: string | null;
  /** For part-one areas: the area set they belong to; null for other sections. */
  areaSet: AreaSetId | null;
  required: boolean;
}

export interface ImportPreview {
  previewId: string;
  fileName: string;
  format: ImportFormat;
  /** How a .txt file was decoded ('utf-8', 'gb18030', …); null otherwise. */
  encoding: string | null;
  title: string;
  addressee: string;
  opening: string;
  closing: string;
  unitName: string;
  /** Township or department, as far as the name tells; null when it cannot. */
  unitKind: UnitKind | null;
  shortName: string;
  year: number | null;
  signatureName: string;
  signatureDate: string;
  headingStyle: HeadingStyle;
  /** Web-page debris lines left out, as they were. */
  dropped: string[];
  repairs: ParseRepair[];
  punctuationFixes: number;
  areaSet: AreaSetId;
  entries: ImportPreviewEntry[];
  template: { id: string; name: string; version: number };
  targets: ImportTarget[];
  /** Characters of text in the sections (whitespace not counted). */
  totalChars: number;
  /** Reports already stored for the recognised unit and year (a second import is allowed). */
  existingReportIds: number[];
}
