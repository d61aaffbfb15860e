// The contract's input schemas, built with zod. shared/api.ts declares each call's input as a
// function of this kit, so the page — which only sends calls and is checked on the other side —
// loads no zod; whoever checks payloads (main's dispatch, hence IPC, the CLI, the browser-mode
// server and the e2e bridge) builds every schema here, once, when it starts.
import { z } from 'zod';
import { CALL_NAMES, contract, type CallName, type InputSchema } from './api';
import { exportSettingsSchema } from './export/settings';
import { AREA_SET_IDS } from './templates/schema';
import { stripXmlIllegal } from './text/xmlSafe';
import { HEADING_STYLES, UNIT_KINDS } from './types';

// No eval-compiled validators: the renderer's CSP forbids eval, and main gains nothing from it.
z.config({ jitless: true });

const id = z.number().int().positive();
const year = z.number().int().min(2000).max(2100);
/** Every text field loses XML-illegal characters on the way in (they would make an export that is
 *  not XML); the length is judged as sent. */
const text = (max: number) => z.string().max(max).overwrite(stripXmlIllegal);

const unitInput = z
  .object({
    fullName: text(100).trim().min(1, '请填写单位全称'),
    shortName: text(50).trim().optional(),
    kind: z.enum(UNIT_KINDS),
    superior: text(100).trim().optional(),
    signatureName: text(100).trim().optional(),
  })
  .strict();

const reportPatch = z
  .object({
    title: text(200),
    addressee: text(200),
    opening: text(5000),
    closing: text(5000),
    signatureName: text(100),
    signatureDate: text(30),
    headingStyle: z.enum(HEADING_STYLES),
  })
  .partial()
  .strict();

/** A section's text as autosave takes it (saveSectionText); its line ends are made \n where it is used. */
const sectionBody = text(500_000);

/** Text the editor holds that the data's medium refused to save (read-only, full): an export may
 *  be built from it in memory so the file has what the user sees. Never written anywhere. */
const unsavedEdits = z
  .object({
    sections: z.array(z.object({ id, body: sectionBody }).strict()).max(5000).optional(),
    fields: reportPatch.omit({ headingStyle: true }).strict().optional(),
  })
  .strict();

/** The user's decision on one source section of an import; sections not listed keep the proposal. */
const importMappingChoice = z
  .object({
    sourceIndex: z.number().int().min(0).max(10_000),
    targetKey: text(100).nullable(),
    /** Leave this section (and, for a level-1 one, its children) out of the report. */
    drop: z.boolean(),
  })
  .strict();

/** What a call's input is built from: zod itself and the pieces several calls share. */
export const schemaKit = {
  z,
  id,
  year,
  text,
  none: z.object({}).strict(),
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, '文件内容应为字节。'),
  unitInput,
  reportPatch,
  importMappingChoice,
  sectionBody,
  unsavedEdits,
  areaSet: z.enum(AREA_SET_IDS),
  exportSettings: exportSettingsSchema,
};
export type SchemaKit = typeof schemaKit;

/** Every call's input schema, built from its declaration in the contract. */
export const inputSchemas = Object.fromEntries(CALL_NAMES.map((name) => [name, contract[name].input(schemaKit)])) as {
  [K in CallName]: InputSchema<K>;
};
