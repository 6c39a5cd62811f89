// The demo portal's one import of the library: the package's web build, served at /jiuzhu/,
// initialised once. Every page imports from here.
import init from '/jiuzhu/api.js';

export * from '/jiuzhu/api.js';

await init();
