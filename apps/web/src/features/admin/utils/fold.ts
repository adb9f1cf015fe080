/** Lower case without accents, so "eskil" finds Eskilstuna and "nykoping" Nyköping. */
export const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
