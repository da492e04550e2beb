import type { portfolioEn } from './messages-en.ts';

/** 园区总览界面的中文文字，挂载为 `portfolio`（renderer/src/i18n/zh-CN.ts）。 */
export const portfolioZh: Record<keyof typeof portfolioEn, string> = {
  title: '园区总览',
  intro:
    '多个园区并排查看：选择项目文件或文件夹。每个文件都以只读方式读取，并像他人发来的文件一样逐项检查；无法读取的文件会列出原因，不影响其他文件。',
  startCard: '跨园区查看：每个园区的提交方案、关键年份指标、目标达成、指纹和签名。',
  open: '打开园区总览',
  back: '返回开始页',
  choose: '选择文件或文件夹…',
  pathsLabel: '文件夹或项目文件（每行一个）',
  pathsHint: '须位于本主机启动时指定的文件夹内。',
  run: '读取并计算',
  progress: '已完成 {{done}} / {{total}} 个文件',
  cancel: '取消',
  cancelled: '已取消。',
  filter: '按名称筛选',
  province: '省份',
  all: '全部',
  groupBy: '分组',
  groupNone: '不分组',
  groupProvince: '按省份',
  groupCity: '按城市',
  sortHint: '点击列标题按该列排序，再次点击则反向排序。',
  groupTotal: '{{key}}：{{count}} 个园区',
  chart: '各园区提交方案合计路径',
  exportXlsx: '导出工作簿',
  exportPdf: '导出摘要（PDF）',
  exportPath: '写入的文件',
  exported: '已写入 {{path}}。',
  empty: '没有可读取的园区。',
};
