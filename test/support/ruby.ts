// One Ruby process per batch of snippets: syntax checks and evaluation for the Ruby snippet tests.
import { spawnSync } from 'node:child_process';

export const hasRuby = spawnSync('ruby', ['--version'], { encoding: 'utf8' }).status === 0;

if (!hasRuby && process.env.CI === 'true') {
  throw new Error('ruby is missing; CI installs it in .ci/run (apt-get install ruby)');
}

export const rubySkipReason = hasRuby ? '' : ' (skipped: ruby is not installed; apt-get install -y ruby)';

export interface RubyProblem {
  index: number;
  message: string;
}

// Compiles each snippet without running it; a syntax error or a parse-time warning (a duplicated hash key,
// an ambiguous argument…) is a problem.
const CHECK_SCRIPT = `
require "json"
require "stringio"
problems = []
JSON.parse($stdin.read).each_with_index do |code, index|
  captured = StringIO.new
  $stderr = captured
  begin
    RubyVM::InstructionSequence.compile(code, "snippet#{index}.rb")
  rescue SyntaxError, StandardError => e
    problems << {index: index, message: e.message}
  ensure
    $stderr = STDERR
  end
  problems << {index: index, message: captured.string} unless captured.string.empty?
end
puts JSON.generate(problems)
`;

// Evaluates each expression and returns its value as JSON (symbols become strings).
const EVAL_SCRIPT = `
require "json"
values = JSON.parse($stdin.read).map { |code| eval(code) }
puts JSON.generate(values)
`;

function runRuby(script: string, input: unknown): string {
  const result = spawnSync('ruby', ['-W1', '-e', script], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`ruby failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

export function rubySyntaxProblems(codes: string[]): RubyProblem[] {
  return JSON.parse(runRuby(CHECK_SCRIPT, codes)) as RubyProblem[];
}

export function evalRuby(expressions: string[]): unknown[] {
  return JSON.parse(runRuby(EVAL_SCRIPT, expressions)) as unknown[];
}
