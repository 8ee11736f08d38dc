/** Folds case, width and spacing, so "Ny  i BYEN" duplicates "ny i byen". */
export function termKey(term: string): string {
  return term.normalize('NFKC').toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();
}
