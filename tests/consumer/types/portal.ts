// attachForm and the adapters, type-checked as a portal would use them.
import { attachForm, type FormBinding, type ValidationReport } from 'jiuzhu';
import { elementPlusRules, type JiuzhuRule } from 'jiuzhu/element-plus';
import { jiuzhuResolver } from 'jiuzhu/react-hook-form';
import { jiuzhuSchema } from 'jiuzhu/vee-validate';

declare const form: HTMLFormElement;
const binding: FormBinding = attachForm(form, { locale: 'zh-CN', today: '2026-11-27', onValid: (r: ValidationReport) => r.valid });
const report: ValidationReport | null = binding.validate();
// @ts-expect-error: a detached binding has no report, so the result may be null
const unchecked: ValidationReport = binding.validate();
binding.detach();

const model = { contact: { phone: '' } };
const rules: Record<string, JiuzhuRule[]> = elementPlusRules(() => model, ['contact.phone'], { trigger: 'blur' });
const resolver = jiuzhuResolver<typeof model>({ today: '2026-11-27' });
const schema = jiuzhuSchema<typeof model>();

// @ts-expect-error: attachForm takes a form element, not a selector
attachForm('#application');
// @ts-expect-error: paths are a list
elementPlusRules(() => model, 'contact.phone');

export { report, rules, resolver, schema };
