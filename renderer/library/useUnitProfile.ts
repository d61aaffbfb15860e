// The unit part of the new-report wizard. The PC's units are offered by name; choosing one fills
// its 简称, 类型, 上级机关 and 署名. Typing a name that is not one of them clears what the previous
// unit filled in (but keeps what the user typed), and the 类型 follows the name (「…局」 is a
// department, 「…乡」 a township) until the user picks one — so a 苍溪县司法局 report is never
// signed 「盘龙彝族乡人民政府」. The last unit used fills the form only if the user has not begun
// typing by the time the units arrive.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Unit } from '../../shared/types';
import { api } from '../api';
import { EMPTY, kindOfTypedName, loadScriptReader, profileOf, retypeName, type Profile } from './unitProfile';

export function useUnitProfile() {
  const [units, setUnits] = useState<Unit[]>([]);
  const [profile, setProfile] = useState<Profile>(EMPTY);
  /** The unit whose fields are in the form, until the name changes. */
  const [filledBy, setFilledBy] = useState<Profile | null>(null);
  const [kindChosen, setKindChosen] = useState(false);
  /** The user has typed or chosen something: the units arriving late must not overwrite it. */
  const touched = useRef(false);
  /** What the 类型 may follow: a typed name (no unit filled the form) while the user has not picked one. */
  const guessing = useRef(true);
  guessing.current = !kindChosen && filledBy === null;

  // A name typed in traditional script before OpenCC arrived gets its 类型 once it has.
  useEffect(() => {
    let live = true;
    void loadScriptReader().then(() => {
      if (!live || !guessing.current) return;
      setProfile((p) => {
        const kind = kindOfTypedName(p.fullName);
        return kind && kind !== 'later' && kind !== p.kind ? { ...p, kind } : p;
      });
    }, () => undefined);
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    api.listUnits({}).then((list) => {
      setUnits(list);
      const last = list[0];
      if (last && !touched.current) {
        setProfile(profileOf(last));
        setFilledBy(profileOf(last));
      }
    }, () => undefined);
  }, []);

  const setName = useCallback(
    (name: string) => {
      touched.current = true;
      const unit = units.find((u) => u.fullName === name.trim());
      if (unit) {
        setProfile(profileOf(unit));
        setFilledBy(profileOf(unit));
        setKindChosen(false);
        return;
      }
      setProfile((p) => retypeName(p, name, filledBy, kindChosen));
      setFilledBy(null);
    },
    [units, filledBy, kindChosen],
  );
  const set = useCallback(<K extends keyof Profile>(k: K, v: Profile[K]) => {
    touched.current = true;
    if (k === 'kind') setKindChosen(true);
    setProfile((p) => ({ ...p, [k]: v }));
  }, []);

  return { units, profile, setName, set };
}
