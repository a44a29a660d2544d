/** The one way a message quotes what a person wrote or a name they see: «texto». */
export const quote = (s: string): string => `«${s}»`;
