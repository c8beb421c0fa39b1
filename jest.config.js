/** Jest: unit tests run on the TypeScript sources; e2e tests (browser, LibreOffice) on the build. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose main entry
// pulls in an ES-module-only dependency that jest's CommonJS runtime can't load.
const moduleNameMapper = { '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js' };
// A pack now draws its charts (resvg in WebAssembly), which costs each test file's process about 2 s of CPU
// the first time (V8 compiling and warming the module), far more on a busy machine: 30 s a test, not jest's 5.
const testTimeout = 30_000;
module.exports = {
  testTimeout,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      moduleNameMapper,
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    },
  ],
};
