// Products from tags, with tag accidents undone: an operation filed under another product than the rest of its
// resource (by a stray first tag) joins the product that holds that resource.
import type { MethodIndexEntry } from '../document.js';
import type { Product } from '../products.js';

/** How many of a resource's operations a product must hold to claim a stray one. */
const CLAIM = 3;

/**
 * An operation moves when its product holds no other operation of its resource (the full resource path) while
 * another product holds at least three; products left without operations are dropped. Returns the moves made.
 */
export function regroupStrays(products: Product[], methods: Map<string, MethodIndexEntry>): { products: Product[]; moves: string[] } {
  const resourceOf = (op: { method: string; path: string }) => methods.get(`${op.method} ${op.path}`)?.resourcePath.join('.');
  const held = new Map<string, Map<Product, number>>();
  for (const product of products) {
    for (const op of product.operations) {
      const resource = resourceOf(op);
      if (resource === undefined) continue;
      const counts = held.get(resource) ?? new Map<Product, number>();
      counts.set(product, (counts.get(product) ?? 0) + 1);
      held.set(resource, counts);
    }
  }
  const moves: string[] = [];
  const copies = new Map(products.map((p) => [p, { ...p, operations: [...p.operations] }]));
  for (const product of products) {
    for (const op of product.operations) {
      const resource = resourceOf(op);
      const counts = resource === undefined ? undefined : held.get(resource);
      if (!counts || counts.get(product) !== 1) continue;
      const [owner, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      if (owner === product || count < CLAIM) continue;
      const from = copies.get(product)!;
      from.operations = from.operations.filter((o) => o !== op);
      copies.get(owner)!.operations.push(op);
      moves.push(`${op.method.toUpperCase()} ${op.path}: ${product.slug} → ${owner.slug}`);
    }
  }
  return { products: [...copies.values()].filter((p) => p.operations.length > 0 || p.webhookEvents.length > 0), moves };
}
