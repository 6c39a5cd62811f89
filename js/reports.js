// Validation reports from their packed form (src/wasm/application.rs, `Packed`): one array of
// UTF-16 code units holding numbers and texts in report order. The whole array is decoded into one
// string at once; texts are slices of it, numbers are read from the array. Decoding keeps every
// unit in place: a unit that is not text (a number) becomes at most one replacement character.
// The rules stay in Rust: this file only converts.

const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** The reports packed in `units` (a Uint16Array). */
function unpack(units) {
  const text = utf16.decode(units);
  let at = 0;
  const number = () => units[at++] + units[at++] * 0x10000;
  const str = () => {
    const n = number();
    return text.slice(at, (at += n));
  };
  const pairs = () => {
    const out = {};
    for (let n = number(); n > 0; n--) out[str()] = str();
    return out;
  };
  const reports = [];
  while (at < units.length) {
    const valid = number() === 1;
    const errors = [];
    for (let n = number(); n > 0; n--) {
      errors.push({ path: str(), code: str(), severity: number() ? 'warning' : 'error', message: str(), params: pairs() });
    }
    reports.push({ valid, errors, normalized: pairs() });
  }
  return reports;
}

/** `validateApplication` and `validateApplications` over the raw wasm-bindgen exports `raw`. */
export function reportFunctions(raw) {
  return {
    validateApplication: (app, opts) => unpack(raw.__validateApplicationPacked(app, opts))[0],
    validateApplications: (json, opts) => unpack(raw.__validateApplicationsPacked(json, opts)),
  };
}
