// What a Python doc fragment leaves out, declared for the type checker: the names of the web framework a webhook
// fragment is written for (Flask's `app` and `request`). The framework is STUBBED here, only the members the
// fragments use, while the SDK is the real package: what the check proves is the SDK calls in the handler
// (`client.webhooks.unwrap(...)`, the error classes, the fields of the event).

/** The module the stubs live in, written beside the examples. */
export const PYTHON_STUB_MODULE = 'sdkgen_framework_stubs';

export const PYTHON_STUB_SOURCE = `# Flask, STUBBED for sdkgen verify: only what the doc fragments use. The Telnyx SDK they call is the real one.
from typing import Any, Callable, List, Literal, Mapping, Optional, TypeVar, overload

_Handler = TypeVar("_Handler", bound=Callable[..., Any])


class _Request:
    headers: Mapping[str, str]

    @overload
    def get_data(self, cache: bool = True, as_text: Literal[False] = False) -> bytes: ...
    @overload
    def get_data(self, cache: bool = True, *, as_text: Literal[True]) -> str: ...
    def get_data(self, cache: bool = True, as_text: bool = False) -> Any: ...


class _Flask:
    def route(self, rule: str, methods: Optional[List[str]] = None) -> Callable[[_Handler], _Handler]: ...


app = _Flask()
request = _Request()
`;

/** The stubbed names, each imported by a fragment that uses it without binding it itself. */
const STUBBED = ['app', 'request'];

/** `from sdkgen_framework_stubs import app, request` for the framework names `code` uses and does not define; else none. */
export function pythonStubImport(code: string): string | undefined {
  const used = STUBBED.filter((name) => new RegExp(`(^|[^\\w.])${name}\\.`, 'm').test(code) && !binds(code, name));
  return used.length ? `from ${PYTHON_STUB_MODULE} import ${used.join(', ')}` : undefined;
}

function binds(code: string, name: string): boolean {
  return new RegExp(`^\\s*(?:${name}\\s*(?::[^=]*)?=[^=]|def\\s+${name}\\b|class\\s+${name}\\b)|\\bimport\\b.*\\b${name}\\b`, 'm').test(code);
}
