// Element Plus (el-form) and any async-validator user: rules whose messages come from jiuzhu.
//
//   const rules = elementPlusRules(() => form, ['contact.phone', 'members.0.idNumber']);
//   <el-form :model="form" :rules="rules"> … <el-form-item prop="contact.phone">
//
// Each rule validates the whole model with jiuzhu, limited to its own path plus the cross-field rules
// that depend on it (`fields`), and reports the first error at that path. Warnings do not block.
import { blocksSubmit, validateApplication } from 'jiuzhu';

/** One async-validator rule for `path`; `getModel` returns the current form model. */
export function jiuzhuRule(getModel, path, { trigger = ['blur', 'change'], locale, today } = {}) {
  return {
    trigger,
    validator(_rule, _value, callback) {
      const report = validateApplication(getModel(), { locale, today, fields: [path] });
      const error = report.errors.find((e) => e.path === path && blocksSubmit(e));
      if (error) callback(new Error(error.message));
      else callback();
    },
  };
}

/** `rules` for `<el-form>`, keyed by prop path. */
export function elementPlusRules(getModel, paths, opts) {
  return Object.fromEntries(paths.map((path) => [path, [jiuzhuRule(getModel, path, opts)]]));
}
