// One python3 process per batch of snippets: syntax checks and literal evaluation for the Python snippet tests.
import { findTool, runWithJsonInput, type SnippetProblem } from './tools.js';

export const { available: hasPython, skipReason: pythonSkipReason } = findTool('python3', ['--version'], 'python3');

// ast.parse, then compile of the tree: the second step also rejects what the parser lets through
// (a keyword argument given twice, `return` outside a function…). Nothing is executed.
const CHECK_SCRIPT = `
import ast, json, sys, warnings
problems = []
for index, code in enumerate(json.load(sys.stdin)):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            compile(ast.parse(code, filename=f"snippet{index}.py"), f"snippet{index}.py", "exec")
    except (SyntaxError, ValueError, SyntaxWarning) as e:
        problems.append({"index": index, "message": f"{type(e).__name__}: {e}"})
json.dump(problems, sys.stdout)
`;

// Evaluates literal expressions with ast.literal_eval (no code runs) and returns them as JSON; bytes become
// {"bytes": "<text>"} so that tests can tell them from strings.
const EVAL_SCRIPT = `
import ast, json, sys
def plain(value):
    if isinstance(value, bytes):
        return {"bytes": value.decode("latin-1")}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value
json.dump([plain(ast.literal_eval(code)) for code in json.load(sys.stdin)], sys.stdout)
`;

function runPython(script: string, input: unknown): string {
  return runWithJsonInput('python3', ['-c', script], input, { PYTHONIOENCODING: 'utf-8', PYTHONUTF8: '1' });
}

/** Every snippet that is not valid Python, by index. */
export function pythonSyntaxProblems(codes: string[]): SnippetProblem[] {
  return JSON.parse(runPython(CHECK_SCRIPT, codes)) as SnippetProblem[];
}

/** The values of Python literal expressions. */
export function evalPythonLiterals(expressions: string[]): unknown[] {
  return JSON.parse(runPython(EVAL_SCRIPT, expressions)) as unknown[];
}
