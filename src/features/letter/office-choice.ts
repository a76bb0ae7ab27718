/** Office lists for the letter page: grouped by parent, and suggestions from the court city. */
import { findOplaOffice, immigrationCourts, type OplaOffice, oplaOffices } from '../../domain';

const PREFIX = 'Office of the Principal Legal Advisor, ';

/** "Office of the Principal Legal Advisor, Los Angeles (Adelanto)" → "Los Angeles (Adelanto)". */
export function shortOfficeName(o: OplaOffice): string {
  return o.name.startsWith(PREFIX) ? o.name.slice(PREFIX.length) : o.name;
}

/** The address the letter prints: the mailing address where there is one. */
export function printedAddress(o: OplaOffice): string[] {
  return o.mailingAddressLines ?? o.addressLines;
}

export interface OfficeGroup {
  parent: OplaOffice;
  /** The parent (when it has an address) and its sub-offices. */
  offices: OplaOffice[];
}

/** Every office with an address, under its parent location, parents in alphabetical order. */
export function officeGroups(): OfficeGroup[] {
  const parents = oplaOffices.filter((o) => !o.parentId);
  return parents
    .map((parent) => ({
      parent,
      offices: oplaOffices.filter((o) => (o.id === parent.id || o.parentId === parent.id) && o.addressLines.length > 0),
    }))
    .filter((g) => g.offices.length > 0)
    .sort((a, b) => shortOfficeName(a.parent).localeCompare(shortOfficeName(b.parent), 'en'));
}

/** Distinguishes offices with the same name (e.g. the two Atlanta sites) by their first line. */
export function officeOptionLabel(o: OplaOffice): string {
  const first = o.addressLines[0];
  return first ? `${shortOfficeName(o)} – ${first}` : shortOfficeName(o);
}

function normalise(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Chicago, IL", "chicago il", "Chicago" → the city part, in several readings. */
function cityCandidates(courtCity: string): Set<string> {
  const whole = normalise(courtCity);
  const beforeComma = normalise(courtCity.split(',')[0] ?? '');
  const withoutState = whole.replace(/,?\s+[a-z]{2}$/, '');
  return new Set([whole, beforeComma, withoutState].filter((s) => s !== ''));
}

/** A court's name without its location detail: "Los Angeles – Van Nuys Blvd" → "los angeles". */
function courtNameBase(name: string): string {
  return normalise(name.split(/\s[–-]\s|\s\(/)[0] ?? name);
}

/**
 * Offices suggested from the court city the person gave: the OPLA office for each immigration
 * court in that city (courts with a detained-only docket only when no other court matches).
 * Never "nearest office": only a match by the court's city name.
 */
export function suggestOffices(courtCity: string | undefined): OplaOffice[] {
  if (!courtCity || courtCity === 'unknown') return [];
  const wanted = cityCandidates(courtCity);
  const matches = immigrationCourts.filter((court) => wanted.has(normalise(court.city)) || wanted.has(courtNameBase(court.name)));
  const open = matches.filter((court) => !court.detainedOnly);
  const courts = open.length > 0 ? open : matches;
  const ids = [...new Set(courts.map((court) => court.oplaOfficeId).filter((id): id is string => id !== null))];
  return ids.map((id) => findOplaOffice(id)).filter((o): o is OplaOffice => o !== undefined && o.addressLines.length > 0);
}
