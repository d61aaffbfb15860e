// The unit fields of the new-report wizard, and what typing a new unit name does to them: the
// fields the previous unit filled in are cleared (what the user typed is kept), and the 类型
// follows the name (「…局」 is a department, 「…乡」 a township) until the user picks one.
// A name in traditional script (「蒼溪縣司法局」) is read through OpenCC, whose dictionaries (most of
// a first screen's script) are loaded with the wizard, not with the library (loadScriptReader).
import { kindOfSimplifiedName, withoutPinyin } from '../../shared/import/unitKind';
import { hasTraditionalHint } from '../../shared/text/traditionalHint';
import type { Unit, UnitKind } from '../../shared/types';

let toSimplified: ((text: string) => string) | null = null;

/** Loads OpenCC's reading of traditional script (once); the wizard asks for it when it opens. */
export async function loadScriptReader(): Promise<void> {
  toSimplified ??= (await import('../../shared/text/script')).toSimplified;
}

/** The kind a typed name says; 'later' while it needs OpenCC and that is still loading. */
export function kindOfTypedName(name: string): UnitKind | null | 'later' {
  const plain = withoutPinyin(name.trim());
  if (!hasTraditionalHint(plain)) return kindOfSimplifiedName(plain);
  return toSimplified ? kindOfSimplifiedName(toSimplified(plain)) : 'later';
}

export interface Profile {
  fullName: string;
  shortName: string;
  kind: UnitKind;
  superior: string;
  signatureName: string;
}

export const EMPTY: Profile = { fullName: '', shortName: '', kind: 'township', superior: '', signatureName: '' };
const FILLED = ['shortName', 'superior', 'signatureName'] as const;

export const profileOf = (u: Unit): Profile => ({ fullName: u.fullName, shortName: u.shortName, kind: u.kind, superior: u.superior, signatureName: u.signatureName });

/** The profile after the name was typed: the fields the previous unit filled are cleared. */
export function retypeName(profile: Profile, name: string, filledBy: Profile | null, kindChosen: boolean): Profile {
  const next: Profile = { ...profile, fullName: name };
  if (filledBy) for (const k of FILLED) if (profile[k] === filledBy[k]) next[k] = '';
  const guessed = kindOfTypedName(name);
  if (!kindChosen && guessed && guessed !== 'later') next.kind = guessed;
  return next;
}
