// A labelled select in the form layout's `.field` wrapper: the label names it for screen readers,
// and an optional empty first choice ("Alla nämnder", "Välj nämnd") stands for "none chosen".
export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Text of an empty first choice (value ""); none when omitted. */
  empty?: string;
  required?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        required={props.required}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Bodies (nämnder) as select options. */
export const bodyOptions = (bodies: ReadonlyArray<{ id: string; name: string }>): SelectOption[] =>
  bodies.map((body) => ({ value: body.id, label: body.name }));
