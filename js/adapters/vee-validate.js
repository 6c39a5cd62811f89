// vee-validate 4: a typed schema. `useForm({ validationSchema: jiuzhuSchema() })`.
// Every message of a path that blocks a submit (`blocksSubmit`, the core's rule) is reported for
// it, in form order. Warnings do not block.
import { blocksSubmit, validateApplication } from 'jiuzhu';

export function jiuzhuSchema({ locale, today } = {}) {
  return {
    __type: 'VVTypedSchema',
    async parse(values) {
      const report = validateApplication(values, { locale, today });
      const byPath = new Map();
      for (const e of report.errors) {
        if (!blocksSubmit(e)) continue;
        if (!byPath.has(e.path)) byPath.set(e.path, []);
        byPath.get(e.path).push(e.message);
      }
      const errors = [...byPath].map(([path, messages]) => ({ path, errors: messages }));
      return { value: errors.length === 0 ? values : undefined, errors };
    },
  };
}
