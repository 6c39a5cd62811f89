// The demo portal's one import of the library: the package's web build, served at /jiuzhu/,
// initialised once. Every page imports from here.
import init from '/jiuzhu/jiuzhu.js';

export * from '/jiuzhu/jiuzhu.js';

await init();
