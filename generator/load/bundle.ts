// Turning a multi-file spec into one document whose $refs are all internal.
//
// Written by hand rather than with json-schema-ref-parser's bundle(): that one rewrites a ref to a shared file into
// a pointer to wherever the file was first inlined ("#/paths/~1v2~1droplets/get/responses/200/…/schema"), and the IR
// builder needs component names. Here a reusable object (schema, response, parameter…) goes under
// components/<section>/<name>, named after its file or fragment, and everything else (operations, path items,
// descriptions, code samples) is inlined where it is used.

import { basename } from 'node:path';
import { internalRef, splitRef } from './json-pointer.js';
import type { SourceFile } from './parse-source.js';
import { anchorRefError, danglingRefError, missingFileError, remoteRefError, type RefSiteIn } from './ref-errors.js';
import { refTargetFile } from './referenced-files.js';
import {
  COMPONENT_SECTIONS, componentSectionFor, isDiscriminatorMapping, isLiteralValue, isReferenceLike, literalRefOf,
  type ComponentSection,
} from './ref-sites.js';
import { refOf, resolveSegments, type FollowRef } from './resolve-location.js';

/** Where a component the bundler added comes from: "#/components/schemas/Pet" → pet.yml and the pointer there. */
export type ComponentOrigins = Map<string, { source: SourceFile; segments: readonly string[] }>;

/** `files` must hold every file reachable from `root` (see readReferencedFiles); `origins` is filled when given. */
export function bundleSources(root: SourceFile, files: ReadonlyMap<string, SourceFile>, origins?: ComponentOrigins): Record<string, unknown> {
  return new Bundler(root, files, origins).run();
}

/** Where a node is: in its source file (for errors) and in the output document (to judge what it is). */
interface Place {
  source: SourceFile;
  src: readonly string[];
  out: readonly string[];
}

interface Target {
  doc: SourceFile;
  segments: string[];
  value: unknown;
  /** The ref names a place in the root document (it may still lead elsewhere through a $ref on the way). */
  intoRoot: boolean;
}

type JsonObject = Record<string, unknown>;

class Bundler {
  /** `${section}\0${file}#${pointer}` → the "#/components/…" ref it was given. */
  private readonly hoisted = new Map<string, string>();
  /** `${file}#${pointer}` → where it is being inlined; a ref back to it while there is a cycle. */
  private readonly inlining = new Map<string, readonly string[]>();
  private readonly added = new Map<ComponentSection, Map<string, unknown>>();
  private readonly taken = new Map<ComponentSection, Set<string>>();
  private readonly follow: FollowRef<SourceFile>;

  constructor(
    private readonly root: SourceFile,
    private readonly files: ReadonlyMap<string, SourceFile>,
    private readonly origins?: ComponentOrigins,
  ) {
    this.follow = (from, ref) => {
      const file = refTargetFile(from.file, ref);
      const doc = file === undefined ? undefined : this.files.get(file);
      const { segments } = splitRef(ref);
      return doc && segments ? { doc, segments } : undefined;
    };
  }

  run(): JsonObject {
    this.claimRootComponents();
    const out = this.transform(this.root.data, { source: this.root, src: [], out: [] }) as JsonObject;
    this.appendComponents(out);
    return out;
  }

  /**
   * Names already used in the root's components are reserved, and a component that is a ref to another file
   * ("Pet: {$ref: pet.yml}") is claimed first, so that every other ref to pet.yml becomes "#/components/schemas/Pet"
   * whatever the walk meets first.
   */
  private claimRootComponents(): void {
    const components = (this.root.data as JsonObject).components;
    if (!isPlainObject(components)) return;
    for (const section of COMPONENT_SECTIONS) {
      let entries = components[section];
      let source = this.root;
      let src = ['components', section];
      const sectionRef = refOf(entries);
      if (sectionRef !== undefined) {
        const target = this.tryResolve(sectionRef, source);
        if (!target) continue;
        ({ value: entries, doc: source, segments: src } = target);
      }
      if (!isPlainObject(entries)) continue;
      const taken = this.takenIn(section);
      for (const name of Object.keys(entries)) {
        taken.add(name);
        const own = internalRef(['components', section, name]);
        if (source !== this.root) this.claim(section, source.file, [...src, name], own);
        const ref = refOf(entries[name]);
        const target = ref === undefined ? undefined : this.tryResolve(ref, source);
        if (target && !target.intoRoot) this.claim(section, target.doc.file, target.segments, own);
      }
    }
  }

  private claim(section: ComponentSection, file: string, segments: readonly string[], ref: string): void {
    const key = hoistKey(section, file, segments);
    if (!this.hoisted.has(key)) this.hoisted.set(key, ref);
  }

  private transform(node: unknown, at: Place): unknown {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map((item, i) => this.transform(item, child(at, String(i))));
    const object = node as JsonObject;
    return typeof object.$ref === 'string' ? this.transformRef(object, at) : this.transformObject(object, at);
  }

  /** A copy with its children transformed; `$ref`, when given, replaces the one of `object`. */
  private transformObject(object: JsonObject, at: Place, $ref?: string): JsonObject {
    const out: JsonObject = {};
    const containerKey = at.out[at.out.length - 1];
    const grandKey = at.out[at.out.length - 2];
    for (const key of Object.keys(object)) {
      const value = object[key];
      if (key === '$ref' && $ref !== undefined) out[key] = $ref;
      else if (value === null || typeof value !== 'object') out[key] = value;
      else if (isLiteralValue(key, value, containerKey, grandKey)) out[key] = this.transformLiteral(value, child(at, key));
      else if (isDiscriminatorMapping(key, containerKey)) out[key] = this.transformMapping(value as JsonObject, child(at, key));
      else out[key] = this.transform(value, child(at, key));
    }
    return out;
  }

  private transformRef(object: JsonObject, at: Place): unknown {
    const ref = object.$ref as string;
    const target = this.resolve(ref, at);
    if (target.intoRoot) return this.transformObject(object, at, this.rootRef(ref, at));
    const section = componentSectionFor(at.out);
    if (section === undefined) return this.inline(object, target, at);
    const key = hoistKey(section, target.doc.file, target.segments);
    const existing = this.hoisted.get(key);
    const own = isComponentSlot(at.out) ? internalRef(at.out) : undefined;
    if (existing !== undefined && existing !== own) return this.transformObject(object, at, existing);
    if (own !== undefined) {
      // The ref is a whole component ("components/schemas/Pet: {$ref: pet.yml}"): the file's content goes right here.
      this.hoisted.set(key, own);
      return this.inline(object, target, at);
    }
    return this.transformObject(object, at, this.hoist(section, key, target));
  }

  /** Literal data is copied as is, except a $ref at its top (see literalRefOf), whose target is copied as is. */
  private transformLiteral(value: unknown, at: Place): unknown {
    const ref = literalRefOf(value);
    if (ref === undefined) return value;
    const target = this.resolve(ref, at);
    return target.intoRoot ? this.transformObject(value as JsonObject, at, this.rootRef(ref, at)) : target.value;
  }

  private transformMapping(mapping: JsonObject, at: Place): JsonObject {
    const out: JsonObject = {};
    for (const name of Object.keys(mapping)) {
      const value = mapping[name];
      out[name] = typeof value === 'string' && isReferenceLike(value) ? this.mappingRef(value, child(at, name)) : value;
    }
    return out;
  }

  private mappingRef(ref: string, at: Place): string {
    if (at.source === this.root && ref.startsWith('#')) return ref; // left to the IR builder, like in an unbundled spec
    const target = this.resolve(ref, at);
    if (target.intoRoot) return this.rootRef(ref, at);
    const key = hoistKey('schemas', target.doc.file, target.segments);
    return this.hoisted.get(key) ?? this.hoist('schemas', key, target);
  }

  /**
   * A ref into the root document stays as written when it was written there, else it is made internal. The root
   * keeps its shape when bundled, so the pointer stays valid.
   */
  private rootRef(ref: string, at: Place): string {
    return at.source === this.root ? ref : internalRef(splitRef(ref).segments ?? []);
  }

  private hoist(section: ComponentSection, key: string, target: Target): string {
    const name = this.newName(section, target);
    const ref = internalRef(['components', section, name]);
    this.hoisted.set(key, ref);
    this.origins?.set(ref, { source: target.doc, segments: target.segments });
    const slots = this.addedIn(section);
    slots.set(name, undefined); // keeps first-met order even though the content is built after its own refs
    slots.set(name, this.transform(target.value, { source: target.doc, src: target.segments, out: ['components', section, name] }));
    return ref;
  }

  private inline(object: JsonObject, target: Target, at: Place): unknown {
    const key = `${target.doc.file}#${internalRef(target.segments)}`;
    const cycleStart = this.inlining.get(key);
    if (cycleStart !== undefined) return this.transformObject(object, at, internalRef(cycleStart));
    this.inlining.set(key, at.out);
    const value = this.transform(target.value, { source: target.doc, src: target.segments, out: at.out });
    this.inlining.delete(key);
    const siblings = Object.keys(object).filter((k) => k !== '$ref');
    if (siblings.length === 0 || !isPlainObject(value)) return value;
    // OpenAPI 3.1 allows keys next to $ref (summary, description…): they override the referenced ones.
    const merged: JsonObject = { ...value };
    const overrides = this.transformObject(Object.fromEntries(siblings.map((k) => [k, object[k]])), at);
    for (const k of siblings) merged[k] = overrides[k];
    return merged;
  }

  private resolve(ref: string, at: Place): Target {
    const site: RefSiteIn = { source: at.source, path: at.src, ref };
    const file = refTargetFile(at.source.file, ref);
    if (file === undefined) throw remoteRefError(site);
    const { segments } = splitRef(ref);
    if (segments === undefined) throw anchorRefError(site);
    const doc = this.files.get(file);
    if (!doc) throw missingFileError(site, file, 'missing');
    const resolution = resolveSegments(doc, segments, this.follow);
    if (!resolution.found) throw danglingRefError(site, resolution);
    return { ...resolution, intoRoot: doc === this.root };
  }

  private tryResolve(ref: string, source: SourceFile): Target | undefined {
    const file = refTargetFile(source.file, ref);
    const doc = file === undefined ? undefined : this.files.get(file);
    const { segments } = splitRef(ref);
    if (!doc || !segments) return undefined;
    const resolution = resolveSegments(doc, segments, this.follow);
    return resolution.found ? { ...resolution, intoRoot: doc === this.root } : undefined;
  }

  /** Named after the fragment's last key, or the file name; "_2", "_3"… when that name is taken. */
  private newName(section: ComponentSection, target: Target): string {
    const fileName = basename(target.doc.file).replace(/\.(ya?ml|json)$/i, '');
    const last = target.segments[target.segments.length - 1];
    const raw = last === undefined ? fileName : /^\d+$/.test(last) ? [fileName, ...target.segments].join('_') : last;
    const base = raw.replace(/[^A-Za-z0-9._-]/g, '_') || section;
    const taken = this.takenIn(section);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    return name;
  }

  private appendComponents(out: JsonObject): void {
    if (this.added.size === 0) return;
    if (!isPlainObject(out.components)) out.components = {};
    const components = out.components as JsonObject;
    for (const [section, entries] of this.added) {
      if (!isPlainObject(components[section])) components[section] = {};
      const into = components[section] as JsonObject;
      for (const [name, value] of entries) into[name] = value;
    }
  }

  private takenIn(section: ComponentSection): Set<string> {
    let names = this.taken.get(section);
    if (!names) this.taken.set(section, (names = new Set()));
    return names;
  }

  private addedIn(section: ComponentSection): Map<string, unknown> {
    let entries = this.added.get(section);
    if (!entries) this.added.set(section, (entries = new Map()));
    return entries;
  }
}

function child(at: Place, key: string): Place {
  return { source: at.source, src: [...at.src, key], out: [...at.out, key] };
}

function hoistKey(section: ComponentSection, file: string, segments: readonly string[]): string {
  return `${section}\0${file}#${internalRef(segments)}`;
}

function isComponentSlot(path: readonly string[]): boolean {
  return path.length === 3 && path[0] === 'components';
}

function isPlainObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
