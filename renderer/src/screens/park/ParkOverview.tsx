import { useTranslation } from 'react-i18next';
import { GRID_REGIONS, type Park } from '../../../../core/model/park.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatPercent, formatYear } from '../../format/numbers.ts';
import { CommitField, SelectCommitField, type ParseResult } from '../../forms/CommitField.tsx';
import { parseDecimal, parseInteger } from '../../forms/parse.ts';
import { NameFields } from '../../forms/NameFields.tsx';
import { applyNameChanges, applyTextChanges, retextChanges } from '../../../../core/text/names.ts';
import { nameLang, useLocalName, useLocalText } from '../../i18n/use-local-name.ts';
import { cityText, localCity, localProvince, provinceText } from '../../../../core/text/places.ts';

// Bounds mirror core/model (Year 1990..2100, discount rate 0..0.3, span <= 80 years); the
// plan schema checks them again on commit and on the host.
const YEAR_MIN = 1990;
const YEAR_MAX = 2100;
const MAX_SPAN = 80;
const RATE_MAX_PERCENT = 30;

type TextKey = 'province' | 'city';

/** The park's identity and planning frame, editable unless the project is read-only. */
export function ParkOverview({ park, readOnly }: { park: Park; readOnly: boolean }) {
  const ln = useLocalName();
  const lt = useLocalText();
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const lang = nameLang(i18n.language);
  const editLabel = (field: string) => t('forms.editLabel', { field });

  if (readOnly) {
    return (
      <>
        <p className="park-name" data-testid="park-name">
          {ln(park)}
        </p>
        <dl className="facts">
          <Fact label={t('park.fields.province')} value={provinceText(park.province, lang)} />
          <Fact label={t('park.fields.city')} value={cityText(park.city, lang)} />
          <Fact label={t('park.fields.gridRegion')} value={t(`gridRegion.${park.grid_region}`)} />
          <Fact label={t('park.fields.baseYear')} value={formatYear(park.base_year, locale)} />
          <Fact label={t('park.fields.horizonYear')} value={formatYear(park.horizon_year, locale)} />
          <Fact label={t('park.fields.discountRate')} value={formatPercent(park.discount_rate, locale)} />
        </dl>
        {lt.text(park.description, park.description_zh, park.description_en) !== '' && (
          <p className="park-description">{lt.text(park.description, park.description_zh, park.description_en)}</p>
        )}
      </>
    );
  }

  const text =
    (key: TextKey) =>
    (raw: string): ParseResult => {
      const v = raw.trim();
      if (v === '') return { ok: false, message: t('forms.required') };
      if (v.length > 200) return { ok: false, message: t('forms.tooLong', { max: 200 }) };
      return { ok: true, apply: (d) => void (d.park[key] = v) };
    };

  const year =
    (key: 'base_year' | 'horizon_year') =>
    (raw: string): ParseResult => {
      const y = parseInteger(raw);
      if (y === null || y < YEAR_MIN || y > YEAR_MAX)
        return { ok: false, message: t('forms.yearRange', { min: YEAR_MIN, max: YEAR_MAX }) };
      const base = key === 'base_year' ? y : park.base_year;
      const horizon = key === 'horizon_year' ? y : park.horizon_year;
      if (horizon < base) return { ok: false, message: t('forms.horizonBeforeBase') };
      if (horizon - base > MAX_SPAN) return { ok: false, message: t('forms.spanTooLong', { max: MAX_SPAN }) };
      return { ok: true, apply: (d) => void (d.park[key] = y) };
    };

  const discountRate = (raw: string): ParseResult => {
    const percent = parseDecimal(raw.replace(/[%％]\s*$/, ''));
    if (percent === null) return { ok: false, message: t('forms.notANumber') };
    if (percent < 0 || percent > RATE_MAX_PERCENT)
      return { ok: false, message: t('forms.percentRange', { min: '0%', max: `${RATE_MAX_PERCENT}%` }) };
    // Stored as a fraction; round away binary noise from the percent division (6.5 -> 0.065).
    const fraction = Math.round(percent * 1e6) / 1e8;
    return { ok: true, apply: (d) => void (d.park.discount_rate = fraction) };
  };

  const description = (raw: string): ParseResult =>
    raw.length > 20_000
      ? { ok: false, message: t('forms.tooLong', { max: 20_000 }) }
      : {
          ok: true,
          // The description in the screen's language; the primary text follows when it was that one.
          apply: (d) =>
            applyTextChanges(
              d.park,
              'description',
              retextChanges({ primary: d.park.description, zh: d.park.description_zh, en: d.park.description_en }, lt.lang, raw),
            ),
        };

  return (
    <div className="form-grid">
      <div className="form-grid__wide">
        <NameFields
          entity={park}
          primaryLabel={t('park.fields.name')}
          apply={(changes) => (d) => applyNameChanges(d.park, changes)}
          commitLabel={editLabel}
          testId="park-name-input"
        />
      </div>
      {/* A known province or city shows in the screen's language (either spelling means the same
          place to the engine); anything else as typed, never with the untranslated mark, which
          would be saved with the next edit. */}
      <CommitField
        label={t('park.fields.province')}
        value={localProvince(park.province, lang).text}
        parse={text('province')}
        commitLabel={editLabel(t('park.fields.province'))}
      />
      <CommitField
        label={t('park.fields.city')}
        value={localCity(park.city, lang).text}
        parse={text('city')}
        commitLabel={editLabel(t('park.fields.city'))}
      />
      <SelectCommitField
        label={t('park.fields.gridRegion')}
        value={park.grid_region}
        options={GRID_REGIONS.map((r) => ({ value: r, label: t(`gridRegion.${r}`) }))}
        commitLabel={editLabel(t('park.fields.gridRegion'))}
        apply={(d, v) => void (d.park.grid_region = v)}
      />
      <CommitField
        label={t('park.fields.baseYear')}
        value={String(park.base_year)}
        parse={year('base_year')}
        numeric
        commitLabel={editLabel(t('park.fields.baseYear'))}
      />
      <CommitField
        label={t('park.fields.horizonYear')}
        value={String(park.horizon_year)}
        parse={year('horizon_year')}
        numeric
        commitLabel={editLabel(t('park.fields.horizonYear'))}
      />
      <CommitField
        label={t('park.fields.discountRate')}
        value={String(Math.round(park.discount_rate * 1e8) / 1e6)}
        parse={discountRate}
        numeric
        suffix="%"
        commitLabel={editLabel(t('park.fields.discountRate'))}
        testId="discount-rate-input"
      />
      <div className="form-grid__wide">
        <CommitField
          label={t('park.fields.description')}
          value={lt.own(park.description, park.description_zh, park.description_en)}
          parse={description}
          multiline
          commitLabel={editLabel(t('park.fields.description'))}
        />
      </div>
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="facts__item">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
