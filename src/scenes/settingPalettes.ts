/** Soft colours for each setting a story can name (`# scene:`), pale enough that dark text on white cards stays readable above them. */
export const DEFAULT_PALETTE = [0xdfe8f1, 0xf1e6d8, 0xe3efe4] as const;

export const SETTING_PALETTES: Record<string, readonly [number, number, number]> = {
  office: [0xdde4ec, 0xe9ecef, 0xd9e5ee],
  'family-home': [0xf3e3d3, 0xf0dccb, 0xe8e4d4],
  'foster-home': [0xe4eedf, 0xf2e6d6, 0xdcebe2],
  court: [0xe2e0dc, 0xd9dde3, 0xe8e2d6],
  'contact-centre': [0xdcece9, 0xe8e6f1, 0xe0ecdf],
  school: [0xeef0d6, 0xdce9f2, 0xf1e4d4],
  hospital: [0xe3edf3, 0xeef2f4, 0xdcebeb],
  car: [0xdfe3ea, 0xe6e2dc, 0xdae2e8],
};

export function paletteFor(setting: string | null): readonly number[] {
  return (setting && SETTING_PALETTES[setting]) || DEFAULT_PALETTE;
}

/** A colour part of the way from one 0xRRGGBB colour to another. */
export function mixColour(from: number, to: number, t: number): number {
  const ch = (c: number, shift: number) => (c >> shift) & 0xff;
  const mix = (shift: number) => Math.round(ch(from, shift) + (ch(to, shift) - ch(from, shift)) * t) << shift;
  return mix(16) | mix(8) | mix(0);
}
