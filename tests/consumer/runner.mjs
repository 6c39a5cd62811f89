// A plain page that imports the package's web build as an ES module, awaits its init and runs
// the behaviour suites; browser.test.mjs reads the results.
import init, * as lib from './node_modules/jiuzhu/dist/web/api.js';
import { runAll } from './harness.mjs';
import { suites } from './suite/index.mjs';

await init();
const results = await runAll(suites, lib);
window.jiuzhuResults = results;
document.getElementById('status').textContent = `${results.filter((r) => r.ok).length}/${results.length} passed`;
document.body.dataset.done = 'true';
