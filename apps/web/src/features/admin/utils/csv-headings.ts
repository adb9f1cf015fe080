/**
 * The column headings of a CSV file, read in the browser only to offer the mapping step; the API
 * reads the file itself. Decoding follows the API: UTF-8 when the bytes are valid UTF-8,
 * Windows-1252 otherwise (Excel on Swedish Windows); `;` when the heading line has more
 * semicolons than commas.
 */
export function csvHeadings(bytes: ArrayBuffer): string[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  const line = firstRecord(text);
  const unquoted = line.replace(/"[^"]*"/g, '');
  const count = (char: string) => unquoted.split(char).length - 1;
  const separator = count(';') > count(',') ? ';' : ',';
  return splitRecord(line, separator)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
}

/** The first record, which may span lines inside quotes. */
function firstRecord(text: string): string {
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) return text.slice(0, index);
  }
  return text;
}

function splitRecord(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

/** Headings the API recognises without a mapping, folded like the API folds them. */
const knownHeadings: Record<string, string> = {
  givenname: 'givenName',
  familyname: 'familyName',
  email: 'email',
  title: 'title',
  phone: 'phone',
  mobile: 'mobile',
  role: 'role',
  validfrom: 'validFrom',
  fornamn: 'givenName',
  efternamn: 'familyName',
  epost: 'email',
  epostadress: 'email',
  mejladress: 'email',
  mail: 'email',
  mejl: 'email',
  titel: 'title',
  befattning: 'title',
  telefon: 'phone',
  mobil: 'mobile',
  mobiltelefon: 'mobile',
  roll: 'role',
  fran: 'validFrom',
  frandatum: 'validFrom',
  startdatum: 'validFrom',
};

const fold = (heading: string) =>
  heading
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** A first guess for the mapping step: the field a heading is recognised as, or ignore it. */
export function guessField(heading: string, remembered?: Record<string, string>): string {
  if (remembered && heading in remembered) return remembered[heading] ?? '';
  return knownHeadings[fold(heading)] ?? '';
}
