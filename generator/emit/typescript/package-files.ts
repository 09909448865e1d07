// The files around the sources: package.json (ESM + CJS builds with types), the two tsconfigs, .gitignore.

export interface PackageInput {
  packageName: string;
  version: string;
  description: string;
}

export function packageJson({ packageName, version, description }: PackageInput): string {
  const pkg = {
    name: packageName,
    version,
    description,
    type: 'module',
    engines: { node: '>=20' },
    main: './dist/cjs/index.js',
    module: './dist/esm/index.js',
    types: './dist/esm/index.d.ts',
    exports: {
      '.': {
        import: { types: './dist/esm/index.d.ts', default: './dist/esm/index.js' },
        require: { types: './dist/cjs/index.d.ts', default: './dist/cjs/index.js' },
      },
      // Node-only helpers (fileFromPath): kept out of the default entry so that browsers and edge bundles need no `node:`.
      './node': {
        import: { types: './dist/esm/core/node.d.ts', default: './dist/esm/core/node.js' },
        require: { types: './dist/cjs/core/node.d.ts', default: './dist/cjs/core/node.js' },
      },
      './*': {
        import: { types: './dist/esm/*.d.ts', default: './dist/esm/*.js' },
        require: { types: './dist/cjs/*.d.ts', default: './dist/cjs/*.js' },
      },
      './package.json': './package.json',
    },
    files: ['dist', 'src', 'README.md', 'api.md'],
    sideEffects: false,
    scripts: {
      build: 'npm run build:esm && npm run build:cjs',
      'build:esm': 'tsc -p tsconfig.json',
      // The CommonJS tree needs its own package.json so that Node reads its .js files as CommonJS.
      'build:cjs': `tsc -p tsconfig.cjs.json && node -e "require('node:fs').writeFileSync('dist/cjs/package.json', '{\\"type\\":\\"commonjs\\"}\\n')"`,
      typecheck: 'tsc -p tsconfig.json --noEmit',
      prepare: 'npm run build',
    },
    devDependencies: { '@types/node': '^20.19.0', typescript: '^5.9.3' },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** The ESM build, and the compiler settings the sources are checked with (strict). */
export function tsconfigJson(): string {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022'],
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      types: ['node'],
      strict: true,
      noImplicitOverride: true,
      declaration: true,
      declarationMap: true,
      sourceMap: true,
      skipLibCheck: true,
      rootDir: 'src',
      outDir: 'dist/esm',
    },
    include: ['src'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export function tsconfigCjsJson(): string {
  const config = {
    extends: './tsconfig.json',
    compilerOptions: {
      module: 'CommonJS',
      moduleResolution: 'Node10',
      outDir: 'dist/cjs',
    },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export function gitignore(): string {
  return 'node_modules/\ndist/\n';
}
