// What a JavaScript doc fragment leaves out, declared for tsc: the names of the web framework a webhook fragment
// is written for (Express's `app` and `express`). The framework is STUBBED here, only the members the fragments
// use, while the SDK is the real package: what the check proves is the SDK calls in the handler
// (`client.webhooks.unwrap(...)`, the error classes, the fields of the event).

const EXPRESS_TYPES = `
// Express, STUBBED for sdkgen verify: only what the doc fragments use. The Telnyx SDK they call is the real one.
// The raw body is a Buffer (only its toString is used). Express types req.headers as IncomingHttpHeaders, whose values
// may be string arrays (only for set-cookie, which a webhook request does not carry); a JavaScript program has no
// such type, and the signature headers it passes on are strings at run time: they are typed as what they hold.
interface SdkgenExpressRequest { body: { toString(encoding?: string): string }; headers: Record<string, string> }
interface SdkgenExpressResponse { status(code: number): SdkgenExpressResponse; send(body?: string): SdkgenExpressResponse; sendStatus(code: number): SdkgenExpressResponse }
type SdkgenExpressHandler = (req: SdkgenExpressRequest, res: SdkgenExpressResponse, next?: () => void) => unknown;`;

const STUBS: Record<string, string> = {
  app: 'declare const app: { post(path: string, ...handlers: SdkgenExpressHandler[]): void; get(path: string, ...handlers: SdkgenExpressHandler[]): void };',
  express: "declare const express: { raw(options?: { type?: string }): SdkgenExpressHandler; json(): SdkgenExpressHandler };",
};

/** Declarations of the framework names `code` uses and does not define (none when it uses none). */
export function typescriptStubDeclarations(code: string): string {
  const used = Object.keys(STUBS).filter((name) => new RegExp(`(^|[^\\w.$])${name}\\.`, 'm').test(code) && !binds(code, name));
  return used.length ? `${EXPRESS_TYPES}\n${used.map((name) => STUBS[name]).join('\n')}\n` : '';
}

function binds(code: string, name: string): boolean {
  return new RegExp(`\\b(?:const|let|var|function|class)\\s+${name}\\b|\\bimport\\b[^;]*\\b${name}\\b`).test(code);
}
