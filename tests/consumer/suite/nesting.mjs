// Deeply nested input through every export. The release wasm runs on a 128 KiB stack
// (scripts/build.sh), so nesting must be refused by depth, never by exhausting the stack: a stack
// overflow would trap and leave the module unusable.
const nest = (depth) => {
  let value = { name: '张伟' };
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { members: value };
  return value;
};

export default {
  name: 'nesting',
  define({ test, assert }, lib) {
    test('nested input: every export answers with a value or a coded error, and keeps working', () => {
      // Just inside the parser's depth limit (64), just past it, and far past it.
      const inputs = [62, 63, 64, 65, 3000].flatMap((depth) => [nest(depth), JSON.stringify(nest(depth))]);
      const exports = Object.entries(lib).filter(
        ([name, fn]) => typeof fn === 'function' && /^[a-z]/.test(name) && !['initSync', 'attachForm'].includes(name),
      );
      assert.ok(exports.length >= 20, `${exports.length} exports`);
      for (const [name, fn] of exports) {
        for (const value of inputs) {
          for (const args of [[value], [value, value], ['2026-01-05', value]]) {
            try {
              fn(...args);
            } catch (error) {
              assert.equal(typeof error.code, 'string', `${name}: ${error}`);
            }
          }
        }
      }
      assert.equal(lib.isWorkingDay('2026-10-01'), false, 'the calendar still answers');
      assert.equal(lib.validateApplications(JSON.stringify([nest(63)])).length, 1, 'validation still answers');
    });
  },
};
