/** Small formatting rules shared by the views. */

export function percent(probability: number): number {
  return Math.round(probability * 100);
}

export function numbered(items: readonly string[]): string[] {
  return items.map((item, i) => `${i + 1}. ${item}`);
}

/** `blocked / <l2 id>`: how every card names an L2 by id. */
export function l2Path(l2: string): string {
  return `blocked / ${l2}`;
}
