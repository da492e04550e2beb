import type { ErrorReason } from '../api/result.ts';
import type { Lang } from './names.ts';
import { fillTemplate } from './fill-template.ts';

/**
 * Why one part of a plan breaks a rule, as data and as a sentence in the reader's language.
 * A plan issue (core/model/plan.ts PlanIssue) keeps its English `message` and JSON `path` for
 * the command line and tests; its optional `reason` is a key of PLAN_ISSUE_REASONS with the
 * figures and names its sentence needs. The sentence says what is wrong and what would fix it;
 * WHERE it is (which enterprise, which field) is said by the app from the path and the plan.
 *
 * Same contract as error-text.ts: each key declares its params, a template uses exactly those,
 * and a reason this table cannot say exactly (unknown key, missing or ill-typed param) gives
 * null, so the caller falls back instead of showing a raw key or a half-filled sentence. The
 * Chinese sentences carry no Latin letters of their own; only params (an id the user typed, an
 * unknown field name) may bring them.
 */

export type PlanIssueParamSpec =
  /** A figure (a bound), grouped and with the decimals it has. */
  | { kind: 'number' }
  /** A calendar year, printed without grouping. */
  | { kind: 'year' }
  /** A whole number of things (characters, entries). */
  | { kind: 'count' }
  /** Something the user wrote (an id, a field name), printed as it is. */
  | { kind: 'text' }
  /** A list of allowed values or names, joined by "\n"; the locale says each (choices in words). */
  | { kind: 'values' }
  /** One of a few fixed values, each said by a word of the reader's language (`WORDS`). */
  | { kind: 'choice'; values: readonly string[] };

const number = { kind: 'number' } as const;
const year = { kind: 'year' } as const;
const count = { kind: 'count' } as const;
const text = { kind: 'text' } as const;
const values = { kind: 'values' } as const;

/** What a value should have been, when it was of another type (zod's `expected`, grouped). */
export const VALUE_KINDS = ['number', 'integer', 'text', 'yes_no', 'list', 'group', 'date', 'nothing'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

export const PLAN_ISSUE_REASONS = {
  // Generic schema rules (zod issue codes, core/model/issue-reasons.ts).
  required: {},
  wrong_type: { expected: { kind: 'choice', values: VALUE_KINDS } },
  whole_number: {},
  negative_number: {},
  number_too_small: { minimum: number },
  number_too_small_exclusive: { minimum: number },
  number_too_big: { maximum: number },
  number_too_big_exclusive: { maximum: number },
  year_too_early: { minimum: year },
  year_too_late: { maximum: year },
  text_empty: {},
  text_too_short: { minimum: count },
  text_too_long: { maximum: count },
  list_empty: {},
  list_too_short: { minimum: count },
  list_too_long: { maximum: count },
  list_wrong_length: { length: count },
  value_not_allowed: { values },
  value_must_be: { value: values },
  unknown_kind: { values },
  no_matching_form: {},
  unknown_fields: { fields: values, count },
  bad_id: {},
  bad_factor_key: {},
  bad_cost_key: {},
  bad_date_time: {},
  bad_format: {},
  not_multiple: { divisor: number },
  invalid_generic: {},
  // Field rules of the schema (refine in core/model/*.ts).
  control_chars_name: {},
  control_chars_text: {},
  years_not_increasing: {},
  horizon_before_base: {},
  horizon_too_long: { max_years: count },
  share_or_amount: {},
  same_carrier: {},
  tou_ratio_order: {},
  tou_deep_valley: {},
  text_one_line: {},
  distribution_order: {},
  distribution_centre_outside: {},
  // Cross-field rules of the whole plan (core/model/plan.ts).
  duplicate_id: { id: text },
  duplicate_measure_id: { id: text },
  unknown_consumer: { id: text },
  unknown_measure: { id: text },
  unknown_scenario: { id: text },
  unknown_parent: { id: text },
  unknown_market: { id: text },
  inheritance_cycle: {},
  not_inherited: { id: text },
  heat_source_is_user: { id: text },
  series_measure_kind: { id: text },
  second_weather: {},
  second_series: {},
  series_all_zero: {},
  second_report_text: {},
  market_after_horizon: { horizon_year: year },
  second_submitted: { first: count },
  no_root_scenario: {},
  start_after_horizon: { horizon_year: year },
  technology_mismatch: {},
  no_library_technology: {},
  capex_per_kw_storage_only: {},
  // The engine's rules (core/engine/resolve.ts, core/factors/factor-set.ts, core/uncertainty/apply.ts).
  override_fixed_field: {},
  override_unknown_field: { field: text },
  factor_unknown_key: {},
  factor_unknown_province: {},
  factor_year_out_of_range: {},
  factor_negative: {},
  factor_oxidation_fraction: {},
  cost_lifetime_years: {},
  uncertainty_unknown_address: {},
  uncertainty_scale_negative: {},
  uncertainty_out_of_bounds: { minimum: number, maximum: number },
  uncertainty_path_set: {},
  uncertainty_cost_set: {},
  uncertainty_no_value: {},
  uncertainty_not_everywhere: {},
} as const satisfies Record<string, Record<string, PlanIssueParamSpec>>;

export type PlanIssueKey = keyof typeof PLAN_ISSUE_REASONS;
export const PLAN_ISSUE_KEYS = Object.keys(PLAN_ISSUE_REASONS) as PlanIssueKey[];

type Spec = typeof PLAN_ISSUE_REASONS;
type ValueOf<S> = S extends { kind: 'choice'; values: readonly (infer V)[] }
  ? V
  : S extends { kind: 'number' | 'year' | 'count' }
    ? number
    : S extends { kind: 'values' }
      ? readonly string[]
      : string;

/** The params a key takes: every declared name; lists as arrays (stored joined by "\n"). */
export type PlanIssueParamsOf<K extends PlanIssueKey> = { [P in keyof Spec[K]]: ValueOf<Spec[K][P]> };

const LIST_SEPARATOR = '\n';

/** A reason with its params checked by the compiler. */
export function planIssueReason<K extends PlanIssueKey>(
  key: K,
  ...args: keyof Spec[K] extends never ? [] : [PlanIssueParamsOf<K>]
): ErrorReason {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries((args[0] ?? {}) as Record<string, unknown>)) {
    if (Array.isArray(value)) params[name] = value.map(String).join(LIST_SEPARATOR).slice(0, 4096);
    else params[name] = typeof value === 'number' ? value : String(value).slice(0, 4096);
  }
  return { key, params };
}

/** The declared spec of one param, or null for an unknown key or name. */
export function planIssueParamSpec(key: string, name: string): PlanIssueParamSpec | null {
  if (!Object.hasOwn(PLAN_ISSUE_REASONS, key)) return null;
  const specs: Record<string, PlanIssueParamSpec> = PLAN_ISSUE_REASONS[key as PlanIssueKey];
  return Object.hasOwn(specs, name) ? specs[name]! : null;
}

/** The names a key declares. */
export function planIssueParamNames(key: PlanIssueKey): string[] {
  return Object.keys(PLAN_ISSUE_REASONS[key]);
}

/** The items of a `values` param. */
export function listParam(value: string): string[] {
  return value === '' ? [] : value.split(LIST_SEPARATOR);
}

export interface PlanIssueLocale {
  lang: Lang;
  /** A figure with the reader's grouping and decimal mark. */
  number(value: number): string;
  /** A year, without grouping. */
  year(value: number): string;
  /** A whole number with the reader's grouping. */
  count(value: number): string;
  /** A list of allowed values or names, each in words where the reader has words for it. */
  values(items: readonly string[]): string;
}

type Templates = Record<PlanIssueKey, string>;

const EN: Templates = {
  required: 'This is required but missing. Fill it in.',
  wrong_type: 'This must be {expected}, but something else was given. Enter {expected}.',
  whole_number: 'This must be a whole number. Remove the decimals.',
  negative_number: 'This cannot be negative. Enter zero or a positive number.',
  number_too_small: 'This must be at least {minimum}. Enter a larger value.',
  number_too_small_exclusive: 'This must be more than {minimum}. Enter a larger value.',
  number_too_big:
    'This must be at most {maximum}. Enter a smaller value; if the figure looks right, check that it is in the right unit.',
  number_too_big_exclusive: 'This must be less than {maximum}. Enter a smaller value.',
  year_too_early: 'The year cannot be before {minimum}. Enter {minimum} or a later year.',
  year_too_late: 'The year cannot be after {maximum}. Enter {maximum} or an earlier year.',
  text_empty: 'This cannot be empty. Fill it in.',
  text_too_short: 'This is too short: it needs at least {minimum} characters. Write more.',
  text_too_long: 'This is too long: at most {maximum} characters. Shorten it.',
  list_empty: 'This list needs at least one entry. Add one.',
  list_too_short: 'This list needs at least {minimum} entries. Add the missing ones.',
  list_too_long: 'This list may have at most {maximum} entries. Remove some.',
  list_wrong_length: 'This list must have exactly {length} entries. Add or remove entries to match.',
  value_not_allowed: 'This is not one of the allowed values ({values}). Choose one of them.',
  value_must_be: 'This must be {value}. Change it to that.',
  unknown_kind: 'This kind is not known; the known kinds are {values}. Choose one of them.',
  no_matching_form: 'This matches none of the forms allowed here. Check its fields against the form that edits it.',
  unknown_fields:
    'This has {count} field(s) a plan does not have: {fields}. Remove them, or check their spelling against the plan format.',
  bad_id:
    'An id may have only letters, digits, “_”, “-” and “.”, must start with a letter or digit and may be at most 64 characters long. Change the id.',
  bad_factor_key: 'This is not written as a factor key. Choose the factor from the factor library instead of typing its key.',
  bad_cost_key:
    'This is not written as a cost key. Choose the technology and cost from the cost library instead of typing the key.',
  bad_date_time: 'This is not a valid date and time. Enter a date and time in the standard form.',
  bad_format: 'This is not in the form expected here. Correct it.',
  not_multiple: 'This must be a multiple of {divisor}. Round it to one.',
  invalid_generic: 'This value does not meet the plan rules. Check it against the form that edits it.',
  control_chars_name:
    'A name cannot contain control characters (tabs, line breaks or invisible direction marks). Remove them; text copied from elsewhere often brings them.',
  control_chars_text:
    'This text cannot contain control characters other than line breaks and tabs. Remove them; text copied from elsewhere often brings them.',
  years_not_increasing:
    'The years of this path must rise from one point to the next, without repeats. Sort the points by year and remove duplicates.',
  horizon_before_base: 'The horizon year is before the base year. Set the horizon year to the base year or later.',
  horizon_too_long: 'The pathway may span at most {max_years} years from the base year. Move the horizon year closer.',
  share_or_amount: 'A fuel switch needs exactly one of a share or an amount. Fill in one and clear the other.',
  same_carrier: 'A fuel switch must switch to a different carrier. Choose another target carrier.',
  tou_ratio_order:
    'The time-of-use price ratios must rise from valley to flat to peak to critical peak. Correct the ratios so each period costs no less than the one before.',
  tou_deep_valley: 'The deep valley cannot cost more than the valley. Lower the deep-valley ratio.',
  text_one_line: 'This must be one line. Remove the line breaks.',
  distribution_order:
    'The values of this distribution are out of order: each must be at least the one before (low, central, high; or minimum, most likely, maximum). Reorder them.',
  distribution_centre_outside:
    'The centre of this distribution lies outside its minimum and maximum. Move it between them, or widen the range.',
  duplicate_id: 'The id “{id}” is used by another entry of the same list. Give each entry its own id.',
  duplicate_measure_id: 'The measure id “{id}” is already used by another measure of the plan. Give each measure its own id.',
  unknown_consumer: 'There is no enterprise with the id “{id}” in the plan. Choose an enterprise of the park, or add it first.',
  unknown_measure: 'There is no measure with the id “{id}” in the plan. Choose a measure of the plan.',
  unknown_scenario: 'There is no scenario with the id “{id}” in the plan. Choose a scenario of the plan.',
  unknown_parent:
    'The parent scenario “{id}” does not exist. Choose an existing scenario as parent, or make this a root scenario.',
  unknown_market: 'There is no carbon market with the id “{id}”. Define that market first, or choose one that is defined.',
  inheritance_cycle:
    'The scenarios inherit from each other in a circle. Make one of them a root scenario or give it another parent.',
  not_inherited:
    '“{id}” is not a measure this scenario inherits from a parent scenario. Remove this change, or edit the measure where it is defined.',
  heat_source_is_user:
    'Enterprise “{id}” is both the source of the waste heat and one of its users. Remove it from the users, or choose another source.',
  series_measure_kind:
    'Measure “{id}” is of another kind than this hourly series (a solar series needs a solar measure, a wind series a wind measure). Attach the series to a measure of its kind.',
  second_weather: 'A plan has one weather file, and there is already one. Remove one of them.',
  second_series: 'There is already an hourly series of this kind for the same enterprise or measure. Remove one of them.',
  series_all_zero: 'Every value of this hourly series is zero, so it gives no shape. Import the file with the real values.',
  second_report_text: 'This chapter already has a text in this language. Keep one of the two.',
  market_after_horizon:
    'The coverage starts after the horizon year {horizon_year}, so it never applies. Choose a year up to {horizon_year}.',
  second_submitted: 'Only one scenario may be marked as the submitted plan, and scenario {first} already is. Unmark one of them.',
  no_root_scenario: 'At least one scenario must inherit from none. Make one scenario a root scenario.',
  start_after_horizon:
    'The measure starts after the horizon year {horizon_year}, so it never takes effect. Choose a start year up to {horizon_year}.',
  technology_mismatch: 'The chosen technology does not fit this kind of measure. Choose a technology that fits it.',
  no_library_technology:
    'The cost library has no technology for this kind of measure. Clear the technology and give the measure’s own unit costs.',
  capex_per_kw_storage_only: 'An investment per kW of power is given only for storage. Give the investment per unit instead.',
  override_fixed_field:
    'The id and kind of an inherited measure cannot be changed. Switch the inherited measure off in this scenario and add a new one.',
  override_unknown_field: 'An inherited measure has no field “{field}” that can be changed. Remove this change.',
  factor_unknown_key: 'The factor library has no such factor. Choose the factor to replace from the factor library.',
  factor_unknown_province: 'The province in this factor is not known. Choose the factor of a listed province.',
  factor_year_out_of_range: 'The year of this factor is outside 1990 to 2100. Choose a year in that range.',
  factor_negative: 'Factor values cannot be negative. Enter zero or a positive value.',
  factor_oxidation_fraction: 'An oxidation rate is a fraction between 0 and 1. Enter it as a fraction (0.98, not 98).',
  cost_lifetime_years: 'A lifetime is a whole number of years from 1 to 100.',
  uncertainty_unknown_address: 'This uncertain input names an input the plan does not have. Choose the input again.',
  uncertainty_scale_negative: 'A scale factor cannot be negative. Change the distribution so it stays at zero or above.',
  uncertainty_out_of_bounds:
    'The sampled values must lie between {minimum} and {maximum} for this input. Narrow the distribution to that range.',
  uncertainty_path_set: 'A path by year can be scaled or shifted, not set to one number. Choose scale or shift.',
  uncertainty_cost_set:
    'A technology’s unit cost is a path by year and measures may carry their own quotes. Choose scale or shift.',
  uncertainty_no_value:
    'A measure named by this input has no value of its own for this field (the engine derives it). Use set instead of scale or shift.',
  uncertainty_not_everywhere:
    'This path is not set in every scenario (empty means the enterprises’ own rates). Set it in every scenario, or choose another input.',
};

const ZH: Templates = {
  required: '此项为必填，但没有填写。请填写。',
  wrong_type: '此处应为{expected}，但填入的是其他类型的内容。请填写{expected}。',
  whole_number: '此处必须是整数。请去掉小数部分。',
  negative_number: '此值不能为负数。请填写零或正数。',
  number_too_small: '此值不能小于 {minimum}。请填写更大的值。',
  number_too_small_exclusive: '此值必须大于 {minimum}。请填写更大的值。',
  number_too_big: '此值不能大于 {maximum}。请填写更小的值；若数字本身无误，请检查单位是否用错。',
  number_too_big_exclusive: '此值必须小于 {maximum}。请填写更小的值。',
  year_too_early: '年份不能早于 {minimum} 年。请改为 {minimum} 年或以后的年份。',
  year_too_late: '年份不能晚于 {maximum} 年。请改为 {maximum} 年或以前的年份。',
  text_empty: '此项不能为空。请填写内容。',
  text_too_short: '内容过短：至少需要 {minimum} 个字符。请补充。',
  text_too_long: '内容过长：最多 {maximum} 个字符。请缩短。',
  list_empty: '此列表至少需要一项。请添加一项。',
  list_too_short: '此列表至少需要 {minimum} 项。请补充缺少的项。',
  list_too_long: '此列表最多只能有 {maximum} 项。请删去一些。',
  list_wrong_length: '此列表必须正好有 {length} 项。请增删至该数目。',
  value_not_allowed: '此值不在可选范围内（可选：{values}）。请从中选择一项。',
  value_must_be: '此处只能是 {value}。请改为该值。',
  unknown_kind: '无法识别此类型；可用的类型有：{values}。请从中选择一项。',
  no_matching_form: '此项不符合此处允许的任何一种写法。请对照编辑它的表单检查各项。',
  unknown_fields: '此处有 {count} 个规划中没有的字段：{fields}。请删除它们，或对照规划格式检查拼写。',
  bad_id: '编号只能由字母、数字及“_”“-”“.”组成，须以字母或数字开头，最多 64 个字符。请修改编号。',
  bad_factor_key: '此处不是有效的因子编码。请从因子库中选择因子，不要手工输入编码。',
  bad_cost_key: '此处不是有效的成本编码。请从成本库中选择技术和成本项，不要手工输入编码。',
  bad_date_time: '此处不是有效的日期时间。请按标准格式填写日期和时间。',
  bad_format: '此处的写法不符合要求。请更正。',
  not_multiple: '此值必须是 {divisor} 的整数倍。请调整为整数倍。',
  invalid_generic: '此处的值不符合规划规则。请对照编辑它的表单检查。',
  control_chars_name:
    '名称中不能含有控制字符（如制表符、换行符或不可见的方向控制符）。请删除这些字符；从别处复制的文字常会带入它们。',
  control_chars_text: '文字中不能含有换行符和制表符以外的控制字符。请删除这些字符；从别处复制的文字常会带入它们。',
  years_not_increasing: '此路径各点的年份必须逐点递增，且不能重复。请按年份排序并删去重复的年份。',
  horizon_before_base: '规划目标年早于基准年。请将目标年设为基准年或以后的年份。',
  horizon_too_long: '规划期自基准年起最长 {max_years} 年。请将目标年提前。',
  share_or_amount: '燃料替代须在替代比例和替代量中填写且只填写一项。请填写其中一项，并清空另一项。',
  same_carrier: '燃料替代必须换成另一种能源。请另选替代后的能源。',
  tou_ratio_order: '分时电价系数必须按低谷、平段、高峰、尖峰依次不减。请调整系数，使每个时段不低于前一个时段。',
  tou_deep_valley: '深谷电价不能高于低谷电价。请调低深谷系数。',
  text_one_line: '此处只能填写一行文字。请删除换行。',
  distribution_order:
    '此分布的数值顺序不对：每个值都不能小于前一个（低值、中值、高值，或最小值、最可能值、最大值）。请调整顺序。',
  distribution_centre_outside: '此分布的中心值不在最小值与最大值之间。请将其移到范围内，或放宽范围。',
  duplicate_id: '编号“{id}”已被同一列表中的另一项使用。请为每一项使用不同的编号。',
  duplicate_measure_id: '措施编号“{id}”已被规划中的另一项措施使用。请为每项措施使用不同的编号。',
  unknown_consumer: '规划中没有编号为“{id}”的企业。请选择园区内的企业，或先添加该企业。',
  unknown_measure: '规划中没有编号为“{id}”的措施。请选择规划中的措施。',
  unknown_scenario: '规划中没有编号为“{id}”的情景。请选择规划中的情景。',
  unknown_parent: '上级情景“{id}”不存在。请选择已有的情景作为上级，或将此情景设为根情景。',
  unknown_market: '没有编号为“{id}”的碳市场。请先定义该市场，或选择已定义的市场。',
  inheritance_cycle: '这些情景相互继承，形成了循环。请将其中一个设为根情景，或为其另选上级情景。',
  not_inherited: '“{id}”不是此情景从上级情景继承的措施。请删除这项修改，或到定义该措施的情景中编辑它。',
  heat_source_is_user: '企业“{id}”既是余热的来源，又是余热的使用者。请将其从使用者中移除，或另选来源。',
  series_measure_kind:
    '措施“{id}”与此逐时序列的类型不符（光伏序列须对应光伏措施，风电序列须对应风电措施）。请将序列关联到同类措施。',
  second_weather: '一份规划只能有一个气象文件，而现在已有一个。请删除其中一个。',
  second_series: '同一企业或措施已有一条同类的逐时序列。请删除其中一条。',
  series_all_zero: '此逐时序列的所有数值都为零，无法给出曲线形状。请导入含实际数值的文件。',
  second_report_text: '此章节已有该语言的文字。请保留其中一份。',
  market_after_horizon:
    '纳入碳市场的起始年份晚于规划目标年 {horizon_year} 年，因此永远不会生效。请选择不晚于 {horizon_year} 年的年份。',
  second_submitted: '只能有一个情景标记为提交方案，而第 {first} 个情景已经标记。请取消其中一个。',
  no_root_scenario: '至少要有一个情景不继承其他情景。请将其中一个情景设为根情景。',
  start_after_horizon:
    '该措施的开始年份晚于规划目标年 {horizon_year} 年，因此永远不会生效。请选择不晚于 {horizon_year} 年的开始年份。',
  technology_mismatch: '所选技术与该类措施不符。请改选适合此类措施的技术。',
  no_library_technology: '成本库中没有适用于此类措施的技术。请清空技术，并填写该措施自己的单位成本。',
  capex_per_kw_storage_only: '按功率计的单位投资只适用于储能。请改为填写按单位计的投资。',
  override_fixed_field: '继承措施的编号和类型不能修改。请在此情景中停用该继承措施，再新增一项措施。',
  override_unknown_field: '继承措施中没有可修改的字段“{field}”。请删除这项修改。',
  factor_unknown_key: '因子库中没有这个因子。请从因子库中选择要替换的因子。',
  factor_unknown_province: '此因子中的省份无法识别。请选择列出的省份的因子。',
  factor_year_out_of_range: '此因子的年份不在 1990 年至 2100 年之间。请选择此范围内的年份。',
  factor_negative: '因子数值不能为负数。请填写零或正数。',
  factor_oxidation_fraction: '氧化率是零到一之间的小数。请按小数填写（如 0.98，而不是 98）。',
  cost_lifetime_years: '寿命须为一到一百之间的整年数。',
  uncertainty_unknown_address: '此不确定输入所指的参数在规划中不存在。请重新选择参数。',
  uncertainty_scale_negative: '缩放系数不能为负数。请调整分布，使其不低于零。',
  uncertainty_out_of_bounds: '此参数的取值必须在 {minimum} 至 {maximum} 之间。请将分布收窄到此范围内。',
  uncertainty_path_set: '逐年路径只能整体缩放或平移，不能设为单一数值。请改为缩放或平移。',
  uncertainty_cost_set: '技术的单位成本是逐年路径，且措施可能有自己的报价。请改为缩放或平移。',
  uncertainty_no_value: '此输入涉及的某项措施在该字段上没有自己的数值（由计算引擎推算）。请改用设定值，而不是缩放或平移。',
  uncertainty_not_everywhere: '并非每个情景都设定了此路径（空表示采用各企业自己的增长率）。请在每个情景中设定，或另选参数。',
};

const EN_WORDS: Record<string, Record<string, string>> = {
  expected: {
    number: 'a number',
    integer: 'a whole number',
    text: 'text',
    yes_no: 'yes or no',
    list: 'a list',
    group: 'a group of fields',
    date: 'a date',
    nothing: 'empty',
  },
};

const ZH_WORDS: Record<string, Record<string, string>> = {
  expected: {
    number: '数字',
    integer: '整数',
    text: '文字',
    yes_no: '是或否',
    list: '列表',
    group: '一组字段',
    date: '日期',
    nothing: '空',
  },
};

/** The templates and words of a language, for tests and tools that list them. */
export const PLAN_ISSUE_TEXT: Record<Lang, { templates: Templates; words: Record<string, Record<string, string>> }> = {
  en: { templates: EN, words: EN_WORDS },
  zh: { templates: ZH, words: ZH_WORDS },
};

function formatParam(key: string, name: string, params: ErrorReason['params'], loc: PlanIssueLocale): string | null {
  const spec = planIssueParamSpec(key, name);
  const value = params[name];
  if (spec === null || value === undefined) return null;
  switch (spec.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? loc.number(value) : null;
    case 'year':
      return typeof value === 'number' && Number.isInteger(value) ? loc.year(value) : null;
    case 'count':
      return typeof value === 'number' && Number.isFinite(value) ? loc.count(value) : null;
    case 'values':
      return typeof value === 'string' && value !== '' ? loc.values(listParam(value)) : null;
    case 'choice':
      if (typeof value !== 'string' || !spec.values.includes(value)) return null;
      return PLAN_ISSUE_TEXT[loc.lang].words[name]?.[value] ?? null;
    default:
      return typeof value === 'string' && value !== '' ? value : null;
  }
}

/** The issue's reason as a sentence of `loc.lang`, or null when it cannot be said exactly. */
export function planIssueText(reason: ErrorReason | undefined, loc: PlanIssueLocale): string | null {
  if (reason === undefined || !Object.hasOwn(PLAN_ISSUE_REASONS, reason.key)) return null;
  const template = PLAN_ISSUE_TEXT[loc.lang].templates[reason.key as PlanIssueKey];
  return fillTemplate(template, (name) => formatParam(reason.key, name, reason.params, loc));
}

/** A locale from the standard Intl formats; lists are quoted as given (the app words them where it can). */
export function intlPlanIssueLocale(lang: Lang, tag: string = lang === 'zh' ? 'zh-CN' : 'en-US'): PlanIssueLocale {
  const figure = new Intl.NumberFormat(tag, { maximumFractionDigits: 6 });
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  return {
    lang,
    number: (v) => figure.format(v),
    year: (v) => String(v),
    count: (v) => whole.format(v),
    values: (items) => items.map((v) => `“${v}”`).join(lang === 'zh' ? '、' : ', '),
  };
}
