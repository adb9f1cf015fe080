/**
 * Names for synthetic directories, most common first, after Statistics Sweden's name statistics:
 * the generator draws them with a Zipf-like skew, so Andersson and Anna are common and Åberg rare.
 * Diacritics (å, ä, ö, é, ü, ø) and a few double-barrelled names are there on purpose: they are
 * what search must fold.
 */
// biome-ignore format: packed lists read better than one name a line
export const familyNames = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson',
  'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson',
  'Lindberg', 'Jakobsson', 'Magnusson', 'Lindström', 'Olofsson', 'Lindqvist', 'Lindgren', 'Berg',
  'Axelsson', 'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund',
  'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Ali', 'Engström',
  'Mohamed', 'Eklund', 'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson',
  'Holm', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist', 'Nyström', 'Holmberg',
  'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson', 'Nordström', 'Mårtensson',
  'Lundström', 'Ahmed', 'Viklund', 'Björklund', 'Eliasson', 'Pålsson', 'Hassan', 'Berggren',
  'Sandström', 'Lund', 'Nordin', 'Ström', 'Åberg', 'Hermansson', 'Ekström', 'Holmgren', 'Sundberg',
  'Hedlund', 'Dahlberg', 'Hellström', 'Sjögren', 'Abrahamsson', 'Falk', 'Öberg', 'Andreasson',
  'Blom', 'Ek', 'Månsson', 'Åkesson', 'Sjöqvist', 'Östergren', 'Gränsmark', 'Ehnsiö', 'Åkerholm',
  'Virtanen', 'Korhonen', 'Nieminen', 'Yilmaz', 'Kaya', 'Nguyen', 'Müller', 'Bakke', 'Hansen',
  'Lefèvre', 'Ödmark', 'Älvgren', 'Öhman', 'Ågren', 'Zetterberg', 'Wiklund', 'Vesterlund',
];

// biome-ignore format: packed lists read better than one name a line
export const femaleGivenNames = [
  'Anna', 'Maria', 'Eva', 'Karin', 'Kristina', 'Lena', 'Sara', 'Emma', 'Kerstin', 'Elin',
  'Ingrid', 'Malin', 'Helena', 'Sofia', 'Johanna', 'Linnéa', 'Birgitta', 'Marie', 'Annika', 'Åsa',
  'Ida', 'Hanna', 'Julia', 'Jenny', 'Camilla', 'Agneta', 'Therese', 'Frida', 'Ebba', 'Louise',
  'Moa', 'Ellinor', 'Astrid', 'Märta', 'Ylva', 'Gunilla', 'Inger', 'Ulla', 'Siv', 'Britt',
  'Fatima', 'Amina', 'Zeynep', 'Tuula', 'Päivi', 'Ronja', 'Hélène', 'Zoë', 'Signe', 'Tove',
];

// biome-ignore format: packed lists read better than one name a line
export const maleGivenNames = [
  'Lars', 'Karl', 'Mikael', 'Anders', 'Johan', 'Erik', 'Per', 'Peter', 'Nils', 'Jan',
  'Lennart', 'Hans', 'Gustav', 'Olof', 'Carl', 'Fredrik', 'Daniel', 'Magnus', 'Stefan', 'Thomas',
  'Andreas', 'Jonas', 'Mattias', 'Martin', 'Björn', 'Göran', 'Bengt', 'Åke', 'Sven', 'Ulf',
  'Oskar', 'Viktor', 'Axel', 'Emil', 'Alexander', 'Kjell', 'Jörgen', 'Håkan', 'Rolf', 'Leif',
  'Mohammed', 'Ali', 'Ahmed', 'Jussi', 'Pekka', 'René', 'Sören', 'Östen', 'Örjan', 'Øystein',
];

// biome-ignore format: packed lists read better than one name a line
export const jobTitles = [
  'Sjuksköterska', 'Undersköterska', 'Socionom', 'Biståndshandläggare', 'Enhetschef',
  'Verksamhetsutvecklare', 'Läkare', 'Fysioterapeut', 'Arbetsterapeut', 'Dietist', 'Kurator',
  'Psykolog', 'Samordnare', 'Utredare', 'Medicinskt ansvarig sjuksköterska', 'Distriktssköterska',
  'Avdelningschef', 'Kvalitetsutvecklare', 'Folkhälsoplanerare', 'Anhörigkonsulent',
];

// biome-ignore format: packed lists read better than one name a line
export const unitNames = [
  'Hemtjänst', 'Hemsjukvård', 'Äldreboende', 'Korttidsboende', 'Rehabilitering',
  'Biståndsenheten', 'Socialpsykiatri', 'Vårdcentral', 'Medicinavdelning', 'Akutmottagning',
  'Barn- och ungdomshälsa', 'Öppenvård', 'Anhörigstöd', 'Mottagning', 'Dagverksamhet',
];
