/**
 * Letters of support (issue 15 §1): which kinds of writer a person's answers point to, and which
 * of them the person will ask. Each kind is its own checklist item, so each letter the person
 * encloses gets its own exhibit tab. A kind is offered only for a factor the person has, and for
 * a spouse or children only when the family list names one (reference.md §11.4: no broader than
 * the answers).
 */
import type { Assessment } from './assess';
import type { CaseData } from './case-schema';
import type { SupporterKind } from './case-values';
import { supporterKinds } from './case-values';
import type { EvidenceItemId } from './evidence-items';
import type { FactorId } from './factor-catalog';
import type { LanguageCode } from './languages';

export interface SupporterRule {
  /** The checklist item (and exhibit) of this kind's letter. */
  item: EvidenceItemId;
  /** Favourable factors a letter from this writer speaks to: one of them must be in the answers. */
  factors: readonly FactorId[];
  /** A further condition on the answers (e.g. a spouse is listed). */
  needs?: (c: CaseData) => boolean;
}

const hasFamily = (c: CaseData, relations: readonly string[]) => (c.favourable.family ?? []).some((m) => relations.includes(m.relationship));

/** A new kind is a new entry here (the compiler asks for it) and its words under `supportLetters.kinds.<kind>`. */
export const supporterRules: Record<SupporterKind, SupporterRule> = {
  spouse: {
    item: 'support-letter-spouse',
    factors: ['usc_lpr_family', 'family_hardship', 'partner_pregnant_or_nursing', 'primary_caregiver'],
    needs: (c) => hasFamily(c, ['spouse', 'partner']) || c.favourable.partnerPregnantOrNursing === 'yes',
  },
  school: {
    item: 'support-letter-school',
    factors: ['usc_lpr_family', 'primary_caregiver', 'family_hardship'],
    needs: (c) => hasFamily(c, ['child']),
  },
  employer: { item: 'support-letter-employer', factors: ['employment_history'] },
  community: { item: 'support-letter-community', factors: ['community_ties'] },
  doctor: {
    item: 'support-letter-doctor',
    factors: ['serious_illness_disability', 'competency_concern', 'pregnant_or_nursing', 'partner_pregnant_or_nursing', 'primary_caregiver'],
  },
  neighbour: { item: 'support-letter-neighbour', factors: ['long_presence', 'years_in_us'] },
};

const supportItems = new Set<string>(supporterKinds.map((k) => supporterRules[k].item));

export function isSupportLetterItem(id: string): boolean {
  return supportItems.has(id);
}

export interface Supporter {
  kind: SupporterKind;
  item: EvidenceItemId;
  /** The person's factors this letter speaks to. */
  reasons: FactorId[];
  /** The person will ask this writer (unless they said no). */
  ask: boolean;
  /** The language of this writer's page in the kit. */
  lang: LanguageCode;
}

/** Every kind of writer the answers point to, in kit order, with the person's choices (`pageLanguage` when none). */
export function suggestedSupporters(c: CaseData, a: Assessment, pageLanguage: LanguageCode = 'en'): Supporter[] {
  const present = new Set<string>(a.favourable.map((f) => f.id));
  const choices = c.supportLetters ?? {};
  return supporterKinds.flatMap((kind) => {
    const rule = supporterRules[kind];
    const reasons = rule.factors.filter((f) => present.has(f));
    if (reasons.length === 0 || (rule.needs && !rule.needs(c))) return [];
    const choice = choices[kind] ?? {};
    return [{ kind, item: rule.item, reasons, ask: choice.ask !== false, lang: choice.lang ?? pageLanguage }];
  });
}

/** The letters the person will ask for. */
export function requestedSupporters(c: CaseData, a: Assessment, pageLanguage: LanguageCode = 'en'): Supporter[] {
  return suggestedSupporters(c, a, pageLanguage).filter((s) => s.ask);
}

/** A factor's proof: its catalog evidence and the letters of support that speak to it. */
export function factorEvidence(factorId: string, evidence: readonly string[]): string[] {
  const letters = supporterKinds.filter((k) => (supporterRules[k].factors as readonly string[]).includes(factorId)).map((k) => supporterRules[k].item);
  return [...new Set([...evidence, ...letters])];
}
