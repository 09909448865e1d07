// Ruby examples run against the gem (lib/ on the load path) in one ruby process, with a transport that records
// instead of sending; each call's parameters are checked against the gem's params models (see ruby-harness.ts).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { RUBY_HARNESS } from './ruby-harness.js';
import { sdkFolder } from './sdk.js';
import { exampleSource, findExecutable } from './source.js';
import type { DocExample, LanguageVerifier, Outcome, VerifyTarget } from './types.js';

export interface RubyVerifyOptions {
  /** The ruby executable (default: `ruby` on PATH). */
  ruby?: string;
  /** What to require (default: the one lib/<name>.rb of the gem). */
  require?: string;
  /** The gem's top module (default: the require name in CamelCase, telnyx → Telnyx). */
  module?: string;
}

const INSTALL_HINT = 'ruby 3.1 or later and the gem\'s runtime dependencies (apt-get install -y ruby ruby-connection-pool)';

export function rubyVerifier(raw: Record<string, unknown> = {}): LanguageVerifier {
  const options = raw as RubyVerifyOptions;
  const ruby = () => findExecutable(options.ruby, 'ruby');
  return {
    language: 'ruby',
    async missingToolchain() {
      return ruby() ? undefined : INSTALL_HINT;
    },
    async verify(examples: DocExample[], target: VerifyTarget, _workDir: string): Promise<Outcome[]> {
      const tool = ruby();
      if (!tool) throw new Error(`ruby verify: ${INSTALL_HINT}`);
      const sdk = await sdkFolder(target.sdk);
      const lib = existsSync(path.join(sdk, 'lib')) ? path.join(sdk, 'lib') : sdk;
      const requireName = options.require ?? readdirSync(lib).filter((f) => f.endsWith('.rb')).map((f) => f.slice(0, -3))[0];
      if (!requireName) throw new Error(`ruby verify: no lib/<name>.rb in ${sdk}`);
      const moduleName = options.module ?? requireName.split(/[_-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
      const sources = examples.map((example, i) => exampleSource(example, String(i)));
      const input = { lib, require: requireName, module: moduleName, examples: sources.map((s) => ({ code: s.text })) };
      const results = await runHarness(tool, input);
      return examples.map((example, i): Outcome => {
        const result = results[i];
        if (!result) return { example, status: 'fail', message: 'no result from the ruby harness' };
        if (result.ok) return { example, status: 'pass' };
        const line = result.line !== undefined && result.line !== null ? result.line - sources[i]!.offset : undefined;
        const where = line === undefined ? '' : line >= 1 ? `line ${line}: ` : 'in the Setup: ';
        return { example, status: 'fail', message: `${where}${result.message}` };
      });
    },
  };
}

interface HarnessResult {
  ok: boolean;
  line?: number | null;
  message?: string;
}

function runHarness(ruby: string, input: unknown): Promise<HarnessResult[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      ruby,
      ['-e', RUBY_HARNESS],
      { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, TELNYX_API_KEY: process.env.TELNYX_API_KEY ?? 'verify-key', RUBYOPT: '' } },
      (error, stdout, stderr) => {
        try {
          resolve(JSON.parse(stdout) as HarnessResult[]);
        } catch {
          reject(new Error(`ruby harness failed: ${error?.message ?? ''}\n${stderr}`.trim()));
        }
      },
    );
    child.stdin!.end(JSON.stringify(input));
  });
}
