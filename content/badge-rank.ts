import type { Category, Finding } from '../indicators/types';

/** Categories by total weight, strongest first (the badge names them in this order). */
export function rankCategories(findings: readonly Finding[]): Category[] {
  const sum = new Map<Category, number>();
  for (const f of findings) sum.set(f.category, (sum.get(f.category) ?? 0) + f.weight);
  return [...sum].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}
