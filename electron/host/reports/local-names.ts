import type { Plan } from '../../../core/model/plan.ts';
import { FALLBACK_MARK, localName, localText, type NamedEntity } from '../../../core/text/names.ts';
import type { Lang } from './i18n.ts';

/**
 * The plan as a report in `lang` names things: every park, enterprise, scenario, measure
 * (also an inherited measure renamed by a child's override) and target carries, as its `name`,
 * its name in that language (core/text/names.ts `localName`). A name only available in the other
 * language keeps it with a mark, so the reader sees it is untranslated rather than a slip of the
 * report. The engine runs on this copy, so the names in its results (MAC, scenario chains)
 * follow; it changes no number. The fingerprint is taken from the plan as stored.
 */

/** The untranslated mark lives beside the names (core/text/names.ts); the reports' modules take it from here. */
export { FALLBACK_MARK };

export function reportName(entity: NamedEntity, lang: Lang): string {
  const n = localName(entity, lang);
  return n.fallback ? FALLBACK_MARK[lang](n.text) : n.text;
}

/** A free text (description, target source) in `lang`, marked when only the other language has it. */
export function reportText(primary: string, zh: string | undefined, en: string | undefined, lang: Lang): string {
  const t = localText(primary, zh, en, lang);
  return t.fallback ? FALLBACK_MARK[lang](t.text) : t.text;
}

type Described = { description: string; description_zh?: string | undefined; description_en?: string | undefined };
const described = <T extends Described>(e: T, lang: Lang): T => ({
  ...e,
  description: reportText(e.description, e.description_zh, e.description_en, lang),
});

/** Also the descriptions of the park and the scenarios and the targets' sources, in the same way. */
export function localisePlanNames(plan: Plan, lang: Lang): Plan {
  const name = <T extends NamedEntity>(e: T): T => ({ ...e, name: reportName(e, lang) });
  return {
    ...plan,
    park: described(name(plan.park), lang),
    consumers: plan.consumers.map(name),
    targets: plan.targets.map((t) => ({ ...name(t), source: reportText(t.source, t.source_zh, t.source_en, lang) })),
    scenarios: plan.scenarios.map((s) => ({
      ...described(name(s), lang),
      measures: s.measures.map(name),
      measure_overrides: s.measure_overrides.map((o) =>
        typeof o.set.name === 'string'
          ? {
              ...o,
              set: {
                ...o.set,
                name: reportName(
                  {
                    name: o.set.name,
                    name_zh: typeof o.set.name_zh === 'string' ? o.set.name_zh : undefined,
                    name_en: typeof o.set.name_en === 'string' ? o.set.name_en : undefined,
                  },
                  lang,
                ),
              },
            }
          : o,
      ),
    })),
  };
}
