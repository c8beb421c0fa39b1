import { defaultValues, NPF_2021, PARAMETER_NAMES, PARAMETERS, RULEBOOKS, type ParameterInfo } from './index';
import { rulebookValuesSchema, resolveRulebook, valuesSchemaOf } from './resolve';
import { readSavedRulebook } from './saved';

describe('the parameter table is the one list', () => {
  it('names, NPF 2021 values, the schema and the saved-rulebook reader all hold exactly the parameters of the table', () => {
    const names = Object.keys(PARAMETERS).sort();
    expect([...PARAMETER_NAMES].sort()).toEqual(names);
    expect(Object.keys(NPF_2021.values).sort()).toEqual(names);
    for (const name of PARAMETER_NAMES) expect(NPF_2021.values[name]).toBe(PARAMETERS[name].default);
    // The schema accepts the defaults as they are and checks every parameter.
    expect(rulebookValuesSchema.parse(NPF_2021.values)).toEqual(NPF_2021.values);
    for (const name of PARAMETER_NAMES) {
      expect(rulebookValuesSchema.safeParse({ ...NPF_2021.values, [name]: 'ten' }).success).toBe(false);
      expect(readSavedRulebook({ base: 'npf-2021', values: { [name]: NPF_2021.values[name] }, fileName: 'r.json' })).not.toBeNull();
    }
    // Every built-in rulebook sets every parameter, each allowed by its schema.
    for (const rb of Object.values(RULEBOOKS)) expect(rulebookValuesSchema.safeParse(rb.values).success).toBe(true);
  });

  it('a parameter added to the table appears in the defaults and the schema, checked as it allows', () => {
    const added: ParameterInfo = { label: 'Days to answer a complaint', unit: 'days', citation: 'NPF 2021 §9', default: 20, allows: { whole: true, min: 1, max: 60 } };
    const table = { ...PARAMETERS, complaintDays: added };
    expect(defaultValues(table)).toEqual({ ...NPF_2021.values, complaintDays: 20 });
    const schema = valuesSchemaOf(table);
    expect(schema.safeParse({ ...NPF_2021.values, complaintDays: 20 }).success).toBe(true);
    expect(schema.safeParse(NPF_2021.values).success).toBe(false);
    expect(schema.safeParse({ ...NPF_2021.values, complaintDays: 61 }).success).toBe(false);
    expect(schema.safeParse({ ...NPF_2021.values, complaintDays: 2.5 }).success).toBe(false);
  });

  it.each<[ParameterInfo['allows'], number[], number[]]>([
    ['whole', [0, 3], [-1, 1.5]],
    ['whole, above 0', [1, 2], [0, 1.5]],
    ['above 0', [0.1, 25], [0, -1]],
    ['0 or more', [0, 0.05, 5000], [-0.01]],
    ['0 to 1', [0, 0.5, 1], [1.01, -0.1]],
    ['years in whole months', [0, 0.5, 1, 1.25], [0.3, -1]],
  ])('"%s" allows %p and refuses %p', (allows, good, bad) => {
    const schema = valuesSchemaOf({ p: { label: 'p', unit: 'FTE', citation: 'NPF 2021 §5.1', default: good[0]!, allows } });
    for (const p of good) expect(schema.safeParse({ p }).success).toBe(true);
    for (const p of bad) expect(schema.safeParse({ p }).success).toBe(false);
  });

  it('a region override is checked against the table', () => {
    expect(resolveRulebook('npf-2021', { feeBasisDay: 32 }).ok).toBe(false);
    expect(resolveRulebook('npf-2021', { probationMaxExtensionYears: 0.5 }).ok).toBe(true);
  });
});
