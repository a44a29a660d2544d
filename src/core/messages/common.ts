/** The one way a message quotes what a person wrote or a name they see: «texto». */
export const quote = (s: string): string => `«${s}»`;

/** Whole numbers as Colombia writes them: 2.400, not 2400 (by hand: Intl's locale data differs between hosts). */
export const count = (n: number): string => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
