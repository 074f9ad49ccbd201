// How TypeScript becomes JavaScript, for Jest (@swc/jest) and for the production build
// (scripts/build.ts) alike. type-graphql and TypeORM read decorator metadata, which esbuild/tsx drop.
/** @type {import('@swc/core').Options} */
module.exports = {
  jsc: {
    parser: { syntax: "typescript", decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: "es2022",
    keepClassNames: true,
  },
  module: { type: "commonjs" },
};
