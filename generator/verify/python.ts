// Python examples type-checked with pyright against the SDK's package folder, all in one pyright run.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sdkFolder } from './sdk.js';
import type { DocExample, LanguageVerifier, Outcome, VerifyTarget } from './types.js';
import { exampleSource, findExecutable, outcomesFromDiagnostics, type SourceDiagnostic } from './source.js';
import { PYTHON_STUB_MODULE, PYTHON_STUB_SOURCE, pythonStubImport } from './fragments/python.js';

export interface PythonVerifyOptions {
  /** The pyright executable (default: `pyright` on PATH, then node_modules/.bin of the working directory). */
  pyright?: string;
  /** Folders with the SDK's own dependencies (default: Debian's /usr/lib/python3/dist-packages when present). */
  extraPaths?: string[];
  pythonVersion?: string;
}

const INSTALL_HINT = 'pyright (npm i -D pyright, or set verify.languages.python.options.pyright)';
const DEBIAN_DIST_PACKAGES = '/usr/lib/python3/dist-packages';

interface PyrightDiagnostic {
  file: string;
  severity: string;
  message: string;
  rule?: string;
  range: { start: { line: number; character: number } };
}

export function pythonVerifier(raw: Record<string, unknown> = {}): LanguageVerifier {
  const options = raw as PythonVerifyOptions;
  const pyright = () => findExecutable(options.pyright, 'pyright');
  return {
    language: 'python',
    async missingToolchain() {
      return pyright() ? undefined : INSTALL_HINT;
    },
    async verify(examples: DocExample[], target: VerifyTarget, workDir: string): Promise<Outcome[]> {
      const tool = pyright();
      if (!tool) throw new Error(`python verify: ${INSTALL_HINT} not found`);
      const sdk = await sdkFolder(target.sdk);
      const packagePath = existsSync(path.join(sdk, 'src')) ? path.join(sdk, 'src') : sdk;
      const extraPaths = options.extraPaths ?? (existsSync(DEBIAN_DIST_PACKAGES) ? [DEBIAN_DIST_PACKAGES] : []);
      await writeFile(
        path.join(workDir, 'pyrightconfig.json'),
        JSON.stringify({
          include: ['.'],
          extraPaths: [packagePath, ...extraPaths],
          pythonVersion: options.pythonVersion ?? '3.11',
          typeCheckingMode: 'basic',
          reportMissingModuleSource: false,
          // Response fields are Optional in the SDK's models: reading one is a None question at run time, not an
          // API mistake, and the docs print fields without None checks.
          reportOptionalMemberAccess: false,
          reportOptionalSubscript: false,
          reportOptionalIterable: false,
        }),
      );
      // A fragment that names the web framework's objects (a webhook handler) imports their stubs.
      await writeFile(path.join(workDir, `${PYTHON_STUB_MODULE}.py`), PYTHON_STUB_SOURCE);
      const sources = examples.map((example, i) => {
        const prefix = pythonStubImport(`${example.setup ?? ''}\n${example.code}`);
        return exampleSource(example, `example_${String(i).padStart(4, '0')}.py`, prefix ? { prefix } : {});
      });
      await Promise.all(sources.map((s) => writeFile(path.join(workDir, s.file), s.text)));
      const output = await runPyright(tool, workDir);
      const diagnostics: SourceDiagnostic[] = output.generalDiagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => ({
          file: path.basename(d.file),
          line: d.range.start.line + 1,
          message: d.rule ? `${d.message.split('\n')[0]} (${d.rule})` : d.message.split('\n')[0]!,
        }));
      return outcomesFromDiagnostics(examples, sources, diagnostics);
    },
  };
}

async function runPyright(tool: string, dir: string): Promise<{ generalDiagnostics: PyrightDiagnostic[] }> {
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(tool, ['--outputjson', '-p', dir], { cwd: dir, maxBuffer: 256 * 1024 * 1024 }, (error, out, err) => {
      // pyright exits 1 when it reports errors; the JSON is on stdout either way.
      if (out && out.trim().startsWith('{')) resolve(out);
      else reject(new Error(`pyright failed: ${error?.message ?? ''} ${err}`.trim()));
    });
  });
  return JSON.parse(stdout) as { generalDiagnostics: PyrightDiagnostic[] };
}
