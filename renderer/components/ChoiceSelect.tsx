// A drop-down over one of shared's choice lists (values and their labels, see shared/choices.ts).
interface Props<K extends string> {
  values: readonly K[];
  label: Readonly<Record<K, string>>;
  value: K;
  onChange: (value: K) => void;
  disabled?: boolean;
  'aria-label'?: string;
}

export function ChoiceSelect<K extends string>({ values, label, onChange, ...select }: Props<K>) {
  return (
    <select {...select} onChange={(e) => onChange(e.target.value as K)}>
      {values.map((v) => (
        <option key={v} value={v}>
          {label[v]}
        </option>
      ))}
    </select>
  );
}
