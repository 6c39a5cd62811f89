// The framework adapters, imported from the installed package, driven by the real libraries:
// async-validator (under Element Plus's el-form), react-hook-form's form control, vee-validate's
// useForm inside a real Vue app rendered on the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import AsyncValidator from 'async-validator';
import { createFormControl } from 'react-hook-form';
import { createSSRApp, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { useForm } from 'vee-validate';
import { validateApplication } from 'jiuzhu';
import { elementPlusRules } from 'jiuzhu/element-plus';
import { jiuzhuResolver } from 'jiuzhu/react-hook-form';
import { jiuzhuSchema } from 'jiuzhu/vee-validate';

const sample = JSON.parse(readFileSync(new URL('../../www/sample-application.json', import.meta.url), 'utf8'));
const today = '2026-11-27';
const broken = () => {
  const app = structuredClone(sample);
  app.contact.phone = '1381234';
  app.members[1].idNumber = '310118198207080028';
  return app;
};
const expected = (app, path) => validateApplication(app, { today }).errors.find((e) => e.path === path && e.severity === 'error');

test('adapters: Element Plus / async-validator rules report jiuzhu messages at their paths', async () => {
  const model = broken();
  const paths = ['contact.phone', 'members.1.idNumber', 'committee'];
  const Schema = AsyncValidator.default ?? AsyncValidator; // a CommonJS module with an ES default
  const schema = new Schema(elementPlusRules(() => model, paths, { today }));
  const errors = await schema.validate(Object.fromEntries(paths.map((p) => [p, null]))).then(
    () => [],
    ({ errors }) => errors,
  );
  assert.deepEqual(
    errors.map((e) => [e.field, e.message]),
    ['contact.phone', 'members.1.idNumber'].map((p) => [p, expected(model, p).message]),
  );
  model.contact.phone = '13812345678';
  model.members[1].idNumber = sample.members[1].idNumber;
  await schema.validate({});
});

test('adapters: the react-hook-form resolver blocks submit with nested errors typed by code', async () => {
  const { handleSubmit } = createFormControl({ resolver: jiuzhuResolver({ today }), defaultValues: broken() });
  let invalid = null;
  let valid = null;
  await handleSubmit((v) => (valid = v), (e) => (invalid = e))();
  assert.equal(valid, null);
  assert.equal(invalid.contact.phone.type, expected(broken(), 'contact.phone').code);
  assert.equal(invalid.members[1].idNumber.message, expected(broken(), 'members.1.idNumber').message);

  const ok = createFormControl({ resolver: jiuzhuResolver({ today }), defaultValues: structuredClone(sample) });
  await ok.handleSubmit((v) => (valid = v), (e) => (invalid = e))();
  assert.equal(valid.members.length, sample.members.length);
});

test('adapters: vee-validate useForm with the jiuzhu schema, in a real Vue app', async () => {
  let result;
  const App = {
    async setup() {
      const { validate } = useForm({ validationSchema: jiuzhuSchema({ today }), initialValues: broken() });
      result = await validate();
      return () => h('p', result.valid ? 'valid' : 'invalid');
    },
  };
  const html = await renderToString(createSSRApp(App));
  assert.match(html, /invalid/);
  assert.equal(result.errors['contact.phone'], expected(broken(), 'contact.phone').message);
  assert.equal(result.errors['members.1.idNumber'], expected(broken(), 'members.1.idNumber').message);
});
