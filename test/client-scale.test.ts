// The newer, larger Telnyx spec (openapi-2026-07-16.yml, 1156 operations) without any config: the client sdkgen
// makes from the bare spec (what `sdkgen generate --spec … --out …` writes) type-checks under --strict.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../generator/pipeline.js';
import { generateInto, type GeneratedClient, projectFromSpec, removeTempDirs, typeCheck } from './client-helpers.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';

describe.skipIf(!hasShared)(`the client of the 2026-07-16 Telnyx spec without a config${sharedSkipReason}`, () => {
  let project: Project;
  let client: GeneratedClient;

  beforeAll(async () => {
    project = await projectFromSpec(shared('specs/telnyx/openapi-2026-07-16.yml'));
    client = generateInto(project, 'telnyx-0716');
  }, 120_000);

  afterAll(removeTempDirs);

  it('has a method for every operation', () => {
    const lines = client.files.get('api.md')!.split('\n').filter((l) => l.startsWith('- <code title='));
    expect(project.ir.operations.length).toBeGreaterThanOrEqual(1156);
    expect(lines).toHaveLength(project.ir.operations.length);
  });

  it('type-checks under --strict', () => {
    expect(typeCheck(client.sources, undefined, client.root).slice(0, 20)).toEqual([]);
  });
});
