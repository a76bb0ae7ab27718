/**
 * What is typed in the questions is printed in the PDFs (the letter, the facts sheet, the summary
 * for a lawyer…), whose font draws the letters A to Z with their accents (Latin, Vietnamese), not
 * emoji or other alphabets. Such characters are refused at the question, quoted, so the person
 * fixes them there: before, a name with an emoji was saved and refused only at a download.
 */
import { describe, expect, it } from 'vitest';
import { unprintable } from '../../src/ui/form/field-forms';
import { issues, typed } from '../fixtures/field-form-issues';


describe('unprintable', () => {
  it('lists each character the font lacks once, in the order typed, an emoji with its skin tone as one', () => {
    expect(unprintable('Ana 😀 Pérez 😀')).toEqual(['😀']);
    expect(unprintable('👍🏽 ok 李')).toEqual(['👍🏽', '李']);
    // A Cyrillic А looks like the Latin A, but the PDF cannot print it.
    expect(unprintable('\u0410na')).toEqual(['\u0410']);
  });

  it('lists nothing for names and places in Latin letters, accents and Vietnamese included', () => {
    for (const text of ['José Núñez Peña', 'Nguyễn Thị Ánh', 'Łódź, Ærøskøbing', "O'Brien-Smith, Jr.", '(312) 555-0100', '123 Main St. #4B']) {
      expect(unprintable(text), text).toEqual([]);
    }
  });
});

describe('a question typed with characters the printed papers cannot show', () => {
  it('is refused with the characters in its code', () => {
    expect(issues('person.fullName', typed('Ana 😀 Pérez'))).toEqual([['not-printable|😀', '']]);
    expect(issues('person.countryOfBirth', typed('中国 China'))).toEqual([['not-printable|中|国', '']]);
    expect(issues('posture.detentionFacility', typed('Broadview 🏢'))).toEqual([['not-printable|🏢', '']]);
    expect(issues('person.fullName', typed('José Núñez'))).toEqual([]);
    // A phone number's space from a Chinese or Japanese keyboard.
    expect(issues('person.phone', typed('(312) 555\u30000100'))).toEqual([['not-printable|\u3000', '']]);
  });

  it('is refused in each address line on its own', () => {
    expect(issues('person.address', { street: '1 Main St ★', city: 'Chicago', state: 'IL', zip: '60601' })).toEqual([['not-printable|★', 'street']]);
    expect(issues('person.address', { street: '1 Main St', city: 'Chicago', state: 'IL', zip: '60601' })).toEqual([]);
  });

  it('is refused in other names and in a court typed by hand', () => {
    expect(issues('person.otherNames', 'Ana Pérez\nАна')).toEqual([['not-printable|А|н|а', '']]);
    expect(issues('posture.courtCity', { court: 'other', text: 'Springfield 🌽', unknown: false })).toEqual([['not-printable|🌽', 'text']]);
  });

  it('keeps "I don\'t know" and the other messages first', () => {
    expect(issues('posture.detentionFacility', { text: '😀', unknown: true })).toEqual([]);
    expect(issues('person.fullName', typed('😀'.repeat(201)))).toEqual([['too-long', '']]);
  });
});
