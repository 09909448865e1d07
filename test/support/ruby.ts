// One Ruby process per batch of snippets: syntax checks and evaluation for the Ruby snippet tests.
import { findTool, runWithJsonInput, type SnippetProblem } from './tools.js';

export const { available: hasRuby, skipReason: rubySkipReason } = findTool('ruby', ['--version'], 'ruby');

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

export function rubySyntaxProblems(codes: string[]): SnippetProblem[] {
  return JSON.parse(runWithJsonInput('ruby', ['-W1', '-e', CHECK_SCRIPT], codes)) as SnippetProblem[];
}

export function evalRuby(expressions: string[]): unknown[] {
  return JSON.parse(runWithJsonInput('ruby', ['-W1', '-e', EVAL_SCRIPT], expressions)) as unknown[];
}
