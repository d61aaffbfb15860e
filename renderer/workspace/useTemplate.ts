// The template a report was made from (null for the plain outline or a template that no longer
// loads — the report itself never depends on it).
import { useEffect, useState } from 'react';
import type { Template } from '../../shared/templates/schema';
import { api } from '../api';

export function useTemplate(templateId: string | undefined): Template | null {
  const [template, setTemplate] = useState<Template | null>(null);
  useEffect(() => {
    if (!templateId) return;
    let live = true;
    api.getTemplate({ id: templateId }).then(
      (t) => live && setTemplate(t),
      () => live && setTemplate(null),
    );
    return () => {
      live = false;
    };
  }, [templateId]);
  return template;
}
