import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { CARRIERS } from '../../../core/model/carriers.ts';
import { en } from '../../../renderer/src/i18n/en.ts';
import { zhCN } from '../../../renderer/src/i18n/zh-CN.ts';
import { planPaste, single, type GridColumn } from '../../../renderer/src/grid/grid-model.ts';
import { parseTsv } from '../../../renderer/src/grid/tsv.ts';
import { inventoryColumns } from '../../../renderer/src/screens/park/inventory-columns.ts';
import { applyInventoryWrites } from '../../../renderer/src/screens/park/inventory-edits.ts';
import type { Consumer } from '../../../core/model/park.ts';
import { ProjectStore } from '../../../renderer/src/state/project-store.ts';
import { FakeHost } from '../support/fake-host.ts';

let t: TFunction;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false },
  });
  t = i18n.t;
});

async function openStore() {
  const host = new FakeHost();
  const store = new ProjectStore(host);
  expect(await store.load((c) => c.call('project.openSample', {}))).toBe(true);
  const session = () => store.getSnapshot().session!;
  return { host, store, session };
}

function columnsFor(consumers: readonly Consumer[], lang = 'en'): GridColumn<Consumer>[] {
  const carriers = CARRIERS.filter((c) => consumers.some((k) => k.energy[c.energyKey] !== 0));
  return inventoryColumns({ t, lang, consumers, baseYear: 2024, carriers, readOnly: false });
}

const col = (columns: GridColumn<Consumer>[], key: string) => columns.findIndex((c) => c.key === key);

describe('inventory grid columns', () => {
  it('copy what paste reads back, for every cell of the sample', async () => {
    const { session } = await openStore();
    const consumers = session().plan.consumers;
    const columns = columnsFor(consumers, 'zh-CN');
    for (const c of consumers)
      for (const column of columns) {
        if (column.kind === 'action') continue;
        const parsed = column.parse!(column.copyText!(c));
        expect(parsed.ok, `${column.key} of ${c.id}`).toBe(true);
      }
  });

  it('read shares as percent and check the schema bounds in the units shown', () => {
    const columns = columnsFor([]);
    const share = columns[col(columns, 'process_heat_share')]!;
    expect(share.parse!('35%')).toEqual({ ok: true, value: 0.35 });
    expect(share.parse!('３５％')).toEqual({ ok: true, value: 0.35 });
    expect(share.parse!('120%')).toEqual({ ok: false, message: 'Enter a number from 0 to 100.' });
    const growth = columns[col(columns, 'output_growth_rate')]!;
    expect(growth.parse!('-60')).toEqual({ ok: false, message: 'Enter a number from -50 to 100.' });
    const output = columns[col(columns, 'output_value_10k_cny')]!;
    expect(output.parse!('1,250,000')).toEqual({ ok: true, value: 1_250_000 });
    expect(output.parse!('12%')).toEqual({ ok: false, message: 'A percent sign only belongs in share and rate columns.' });
    expect(output.parse!('-1')).toEqual({ ok: false, message: 'Enter a number from 0 to 1000000000.' });
    expect(columns[col(columns, 'name')]!.parse!('  ')).toEqual({ ok: false, message: 'Required.' });
  });
});

describe('pasting into the inventory', () => {
  it('is one commit: one project.edit, one undo step that reverts every cell and the new rows', async () => {
    const { host, store, session } = await openStore();
    const before = session().plan;
    const columns = columnsFor(before.consumers);
    const n = before.consumers.length;
    // Two rows from the last enterprise on: name, sector (Chinese label), load profile (English), output.
    const tsv = '冷轧钢板厂\t冶金\tContinuous\t1,200\r\nBrand-new plant\tchemicals\t两班制\t３４０\r\n';
    const plan = planPaste(columns, n, single({ row: n - 1, col: col(columns, 'name') }), parseTsv(tsv));
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.addRows).toBe(1);
    const undoBefore = session().undo.length;
    const outcome = store.commit((d) => applyInventoryWrites(d, plan.writes, plan.addRows, (k) => `New enterprise ${k}`), {
      label: 'Paste 2 × 4 cells',
    });
    expect(outcome).toEqual({ ok: true, changed: true });
    await store.whenSettled();

    const after = session().plan.consumers;
    expect(after).toHaveLength(n + 1);
    expect(after[n - 1]).toMatchObject({
      name: '冷轧钢板厂',
      sector: 'metals',
      load_profile: 'continuous',
      output_value_10k_cny: 1200,
    });
    expect(after[n]).toMatchObject({
      id: `enterprise-${n + 1}`,
      name: 'Brand-new plant',
      sector: 'chemicals',
      load_profile: 'two_shift',
    });
    expect(after[n]!.output_value_10k_cny).toBe(340);
    expect(session().undo).toHaveLength(undoBefore + 1);
    expect(host.edits).toHaveLength(1);
    expect(host.plan.consumers).toHaveLength(n + 1);

    expect(store.undo()).toBe(true);
    await store.whenSettled();
    expect(session().plan).toEqual(before);
    expect(host.plan).toEqual(before);
  });

  it('refuses a paste with one bad cell as a whole and names its row, column and reason', async () => {
    const { host, session } = await openStore();
    const consumers = session().plan.consumers;
    const columns = columnsFor(consumers);
    const coal = col(columns, 'energy.coal_t');
    const plan = planPaste(columns, consumers.length, single({ row: 0, col: coal }), parseTsv('100\t200\n300\tlots\n'));
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.problems).toEqual([{ kind: 'cell', row: 1, col: coal + 1, text: 'lots', message: 'Enter a number.' }]);
    expect(host.edits).toHaveLength(0);
  });
});

describe('pasting a block from Excel', () => {
  const consumers = (): Consumer[] => [
    {
      ...({} as Consumer),
      id: 'a',
      name: 'Plant A',
      sector: 'electronics',
      load_profile: 'office',
      energy: { ...Object.fromEntries(CARRIERS.map((c) => [c.energyKey, 0])), electricity_mwh: 100 } as Consumer['energy'],
    } as Consumer,
  ];
  const allColumns = (list: Consumer[]) =>
    inventoryColumns({ t, lang: 'en', consumers: list, baseYear: 2024, carriers: CARRIERS, readOnly: false });

  it('skips a header row and fills the columns it names, wherever the selection is', () => {
    const list = consumers();
    const columns = columnsFor(list);
    const tsv = 'Enterprise\tLoad profile\tElectricity (MWh)\nPlant B\tTwo shifts\t250\n';
    // The cursor sits on the electricity column: the header, not the cursor, places the columns.
    const plan = planPaste(columns, 1, single({ row: 1, col: col(columns, 'energy.electricity_mwh') }), parseTsv(tsv));
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.writes).toEqual([
      { row: 1, key: 'name', value: 'Plant B' },
      { row: 1, key: 'load_profile', value: 'two_shift' },
      { row: 1, key: 'energy.electricity_mwh', value: 250 },
    ]);
    expect(plan.addRows).toBe(1);
  });

  it('reads headers in Chinese, with units, and fills carriers that are not shown', () => {
    const list = consumers();
    const shown = columnsFor(list); // electricity only: coal is hidden
    expect(col(shown, 'energy.coal_t')).toBe(-1);
    const tsv = '企业\t原煤 t\t负荷特性\n甲厂\t1,000\t连续\n';
    const plan = planPaste(shown, 1, single({ row: 0, col: 0 }), parseTsv(tsv), allColumns(list));
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.writes).toEqual([
      { row: 0, key: 'name', value: '甲厂' },
      { row: 0, key: 'energy.coal_t', value: 1000 },
      { row: 0, key: 'load_profile', value: 'continuous' },
    ]);
  });

  it('reads short Chinese load-profile names', () => {
    const profile = columnsFor([]).find((c) => c.key === 'load_profile')!;
    expect(profile.parse!('连续')).toEqual({ ok: true, value: 'continuous' });
    expect(profile.parse!('两班')).toEqual({ ok: true, value: 'two_shift' });
    expect(profile.parse!('冷链')).toEqual({ ok: true, value: 'cold_storage' });
  });

  it('still pastes a block without a header by position', () => {
    const list = consumers();
    const columns = columnsFor(list);
    const plan = planPaste(columns, 1, single({ row: 0, col: col(columns, 'name') }), parseTsv('Plant C\tmetals\n'));
    expect(plan.ok && plan.writes).toEqual([
      { row: 0, key: 'name', value: 'Plant C' },
      { row: 0, key: 'sector', value: 'metals' },
    ]);
  });
});

describe('names in two languages in the grid', () => {
  it('write the Chinese and English names, and a name given once follows the primary', async () => {
    const { writeInventoryCell } = await import('../../../renderer/src/screens/park/inventory-columns.ts');
    const c = { name: 'Brewery', name_en: 'Brewery' } as Consumer;
    writeInventoryCell(c, 'name_zh', '啤酒饮料厂');
    expect(c).toMatchObject({ name: 'Brewery', name_zh: '啤酒饮料厂', name_en: 'Brewery' });
    writeInventoryCell(c, 'name', 'Brewery and beverages');
    expect(c).toMatchObject({ name: 'Brewery and beverages', name_zh: '啤酒饮料厂', name_en: 'Brewery and beverages' });
    writeInventoryCell(c, 'name_en', '');
    expect(c).toEqual({ name: '啤酒饮料厂', name_zh: '啤酒饮料厂' });
    const columns = columnsFor([]);
    expect(columns.slice(-2).map((k) => k.key)).toEqual(['name_zh', 'name_en']);
    expect(columns[col(columns, 'name_en')]!.parse!('  ')).toEqual({ ok: true, value: '' });
  });
});

describe('the name column in the screen’s language', () => {
  it('shows the name in that language and writes it, leaving the other language’s name alone', async () => {
    const { writeInventoryCell } = await import('../../../renderer/src/screens/park/inventory-columns.ts');
    const pcb = { name: '印制电路板厂', name_zh: '印制电路板厂', name_en: 'Printed circuit board plant' } as Consumer;
    const name = (lang: string) => {
      const columns = columnsFor([], lang);
      return columns[col(columns, 'name')]!;
    };
    expect([name('en').display(pcb), name('en').editText!(pcb), name('en').copyText!(pcb)]).toEqual(
      Array(3).fill('Printed circuit board plant'),
    );
    expect(name('zh-CN').display(pcb)).toBe('印制电路板厂');
    // No English name yet: the Chinese one is shown until one is written.
    expect(name('en').display({ name: '冷链仓库', name_zh: '冷链仓库' } as Consumer)).toBe('冷链仓库');

    writeInventoryCell(pcb, 'name', 'PCB plant', 'en');
    expect(pcb).toEqual({ name: '印制电路板厂', name_zh: '印制电路板厂', name_en: 'PCB plant' });
    writeInventoryCell(pcb, 'name', '电路板厂', 'zh');
    expect(pcb).toEqual({ name: '电路板厂', name_zh: '电路板厂', name_en: 'PCB plant' });
  });

  it('names a row it adds in the language of its numbered name, so a name typed over it replaces it', async () => {
    const { store, session } = await openStore();
    const n = session().plan.consumers.length;
    const writes = [{ row: n, key: 'name', value: 'Solar glass plant' }];
    store.commit((d) => applyInventoryWrites(d, writes, 1, (k) => `Enterprise ${k}`, 'en'), { label: 'x' });
    const added = session().plan.consumers[n]!;
    expect(added.name).toBe('Solar glass plant');
    expect(added.name_en).toBe('Solar glass plant');
    expect(added.name_zh).toBeUndefined();
  });
});
