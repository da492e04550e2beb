import type { DeepStrings } from '../i18n/deep-strings.ts';
import type { planIssuesEn } from './plan-issue-messages-en.ts';

/** 规划问题的位置用语（键与 plan-issue-messages-en.ts 一致，由类型检查保证）。 */
export const planIssuesZh = {
  line: '{{where}}：{{what}}',
  lead: '{{where}}：',
  more: '另有 {{count}} 处问题',
  label: '规划中的问题',
  fieldOf: '{{entity}}的{{field}}',
  place: {
    somewhere: '规划中的某一处',
    wholePlan: '整份规划',
    format: '规划文件的格式',
    all: '{{section}}列表',
    nth: '第 {{n}} 个{{section}}',
    inNthScenario: '第 {{n}} 个情景中的{{what}}',
    inheritedMeasure: '一项继承的措施',
    nthOverride: '对继承措施的第 {{n}} 项修改',
    comments: '审阅意见',
    comment: '第 {{n}} 条审阅意见',
    uncertainty: '不确定性输入',
    uncertainInput: '第 {{n}} 个不确定性输入',
    report: '报告设置',
  },
  uncertainField: {
    id: '编号',
    address: '所变动的参数',
    distribution: '概率分布',
    mode: '应用方式',
  },
} satisfies DeepStrings<typeof planIssuesEn>;
