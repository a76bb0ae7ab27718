/** Office lists for the letter page, grouped by parent (the suggestion from the court city is the domain's). */
import { type OplaOffice, oplaOffices } from '../../domain';

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
