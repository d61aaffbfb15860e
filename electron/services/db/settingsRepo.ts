// Key/value settings stored as JSON; every read goes through a zod schema with a default, so a
// damaged or older value never breaks start-up.
import type { z } from 'zod';
import type { Db } from './database';
import { parseJsonColumn } from './rowMappers';

export class SettingsRepo {
  constructor(private readonly db: Db) {}

  get<T>(key: string, schema: z.ZodType<T>, fallback: T): T {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return parseJsonColumn(row?.value, schema, fallback);
  }

  set<T>(key: string, value: T): void {
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(key, JSON.stringify(value));
  }
}
