// The shade of each level, shared by the chart and the table so the two always agree with the key.
export const scatterShadeFill: Record<'blank' | 0 | 1 | 2 | 3, string> = {
  blank: '#ffffff',
  0: '#f0f4f5',
  1: '#cfe3f5',
  2: '#6fa8dc',
  3: '#003087',
};

export const scatterLevelClass = (level: number | null) => `hearth-scatter-level--${level === null ? 'blank' : String(level)}`;

/** The fill for a level as the API gives it (null for a cell nobody observed). */
export const scatterShade = (level: number | null): string =>
  level === 0 || level === 1 || level === 2 || level === 3 ? scatterShadeFill[level] : scatterShadeFill.blank;
