/** Lower case without accents, so "ostersund" finds "Östersund" and "ake" finds "Åke". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
