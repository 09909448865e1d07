// How Go doc examples become files of one package (generator/verify/go-source.ts), without a Go toolchain.
import { describe, expect, it } from 'vitest';
import { goSource } from '../generator/verify/go-source.js';
import type { DocExample } from '../generator/verify/types.js';

const SETUP = [
  'import (',
  '\t"context"',
  '\t"os"',
  '',
  '\t"github.com/acme/acme-go"',
  '\t"github.com/acme/acme-go/option"',
  ')',
  '',
  'client := acme.NewClient(option.WithAPIKey(os.Getenv("ACME_API_KEY")))',
].join('\n');

const example = (code: string, setup?: string): DocExample => ({
  file: 'v2/acme-go/skills/acme-widgets-go/SKILL.md',
  section: 'Setup',
  language: 'go',
  style: 'v2',
  code,
  line: 10,
  ...(setup === undefined ? {} : { setup }),
});

describe('goSource', () => {
  it('lifts a fragment’s own imports to the top of the file (the Setup block checked as an example)', () => {
    const { file, rewrittenImports } = goSource(example(SETUP), 'setup.go', 'example1', { module: 'github.com/acme/acme-go/v2' });
    const text = file.text;
    expect(text).toMatch(/import \(\n(\t"[^"]+"\n)+\)\n\nfunc example1\(\) \{\nclient := acme\.NewClient/);
    expect(text).not.toMatch(/func example1\(\) \{[^}]*import/);
    expect(text).toContain('"github.com/acme/acme-go/v2/option"');
    expect(rewrittenImports.sort()).toEqual(['github.com/acme/acme-go', 'github.com/acme/acme-go/option']);
  });

  it('adds the standard packages a fragment uses without importing them (log, errors)', () => {
    const code = 'widget, err := client.Widgets.Get(context.Background(), "id")\nif err != nil {\n\tlog.Fatal(err)\n}\nvar apiErr *acme.Error\n_ = errors.As(err, &apiErr)\n_ = widget';
    const text = goSource(example(code, SETUP), 'w.go', 'example2', { module: 'github.com/acme/acme-go/v2' }).file.text;
    expect(text).toContain('\t"log"\n');
    expect(text).toContain('\t"errors"\n');
  });
});
