/** Jest: unit tests run on the TypeScript sources; e2e tests (browser, LibreOffice) on the build. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose main entry
// pulls in an ES-module-only dependency that jest's CommonJS runtime can't load.
const moduleNameMapper = { '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js' };
module.exports = {
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
