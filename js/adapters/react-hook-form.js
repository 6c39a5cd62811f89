// react-hook-form: a resolver. `useForm({ resolver: jiuzhuResolver() })`.
// Errors are nested the way react-hook-form reads them (`errors.members[1].idNumber`), with the jiuzhu
// code as `type`; an error about the application as a whole is `errors.root`. Only what blocks a
// submit is an error (`blocksSubmit`, the core's rule): warnings are not.
import { blocksSubmit, validateApplication } from 'jiuzhu';

function setIn(target, path, value) {
  const keys = path === '' ? ['root'] : path.split('.');
  let node = target;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      if (node[key] === undefined) node[key] = value;
      return;
    }
    if (node[key] === undefined || typeof node[key] !== 'object') node[key] = /^\d+$/.test(keys[i + 1]) ? [] : {};
    node = node[key];
  });
}

export function jiuzhuResolver({ locale, today } = {}) {
  return (values) => {
    const report = validateApplication(values, { locale, today });
    const errors = {};
    for (const e of report.errors) {
      if (blocksSubmit(e)) setIn(errors, e.path, { type: e.code, message: e.message });
    }
    return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors };
  };
}
