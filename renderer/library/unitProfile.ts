// The unit fields of the new-report wizard, and what typing a new unit name does to them: the
// fields the previous unit filled in are cleared (what the user typed is kept), and the 类型
// follows the name (「…局」 is a department, 「…乡」 a township) until the user picks one.
import { unitKindOf } from '../../shared/import/unitName';
import type { Unit, UnitKind } from '../../shared/types';

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
  const guessed = unitKindOf(name);
  if (!kindChosen && guessed) next.kind = guessed;
  return next;
}
