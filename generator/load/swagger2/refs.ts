// 2.0 refs → 3.0 refs. Everything the bundler hoisted is already under #/components/<section>/.

const SECTIONS: ReadonlyArray<[string, string]> = [
  ['#/definitions/', '#/components/schemas/'],
  ['#/parameters/', '#/components/parameters/'],
  ['#/responses/', '#/components/responses/'],
];

export function convertRef(ref: string): string {
  for (const [from, to] of SECTIONS) if (ref.startsWith(from)) return to + ref.slice(from.length);
  return ref;
}

/** The name of a reusable parameter a ref points to ("#/parameters/limit" or, bundled, "#/components/parameters/limit"). */
export function parameterRefName(ref: string): string | undefined {
  const match = /^#\/(?:components\/)?parameters\/([^/]+)$/.exec(ref);
  return match ? decodeURIComponent(match[1].replace(/~1/g, '/').replace(/~0/g, '~')) : undefined;
}
