// One behaviour suite, two hosts: node:test against the Node build and a plain page in Chromium
// against the web build. Suites receive `{ test, assert }` and the library; these assertions work
// in both hosts (no node:assert in the browser).

class AssertionError extends Error {
  constructor(message) {
    super(message);
    this.name = 'AssertionError';
  }
}

const show = (v) => {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
};

const canonical = (v) =>
  JSON.stringify(v, (_, x) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x,
  );

export const assert = {
  ok(value, message = 'expected a truthy value') {
    if (!value) throw new AssertionError(`${message}: got ${show(value)}`);
  },
  equal(actual, expected, message = '') {
    if (!Object.is(actual, expected)) throw new AssertionError(`${message} expected ${show(expected)}, got ${show(actual)}`);
  },
  notEqual(actual, unexpected, message = '') {
    if (Object.is(actual, unexpected)) throw new AssertionError(`${message} did not expect ${show(actual)}`);
  },
  deepEqual(actual, expected, message = '') {
    if (canonical(actual) !== canonical(expected)) {
      throw new AssertionError(`${message} expected ${show(expected)}, got ${show(actual)}`);
    }
  },
  /** Calls `fn`, expects an Error with this `code` (and `path`, if given); returns it. */
  throwsCode(fn, code, path) {
    let error;
    try {
      fn();
    } catch (e) {
      error = e;
    }
    if (error === undefined) throw new AssertionError(`expected an error with code ${code}, nothing was thrown`);
    if (!(error instanceof Error)) throw new AssertionError(`expected an Error, got ${show(error)}`);
    if (error.code !== code) throw new AssertionError(`expected code ${code}, got ${error.code} (${error.message})`);
    if (path !== undefined && error.path !== path) throw new AssertionError(`expected path ${path}, got ${error.path}`);
    return error;
  },
};

/** Runs every suite in this host, collecting `{ name, ok, error }` per test (used by the browser page). */
export async function runAll(suites, lib) {
  const results = [];
  for (const suite of suites) {
    const tests = [];
    suite.define({ test: (name, fn) => tests.push([name, fn]), assert }, lib);
    for (const [name, fn] of tests) {
      try {
        await fn();
        results.push({ name: `${suite.name}: ${name}`, ok: true });
      } catch (e) {
        results.push({ name: `${suite.name}: ${name}`, ok: false, error: String(e?.stack ?? e) });
      }
    }
  }
  return results;
}
