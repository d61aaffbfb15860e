// Numbered migrations, in order. Version N is the N-th entry; never edit one that has shipped.
import m001 from './001_initial';
import m002 from './002_versions';
import m003 from './003_areasAreGuidance';

export const MIGRATIONS: readonly string[] = [m001, m002, m003];
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
