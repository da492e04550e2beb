import { describe, expect, it } from 'vitest';
import {
  defaultReportPath,
  fileStem,
  pathProblem,
  withFormat,
  withLang,
} from '../../../renderer/src/screens/export/export-path.ts';

describe('report paths', () => {
  it('default to a file next to the project, named after it', () => {
    const base = { recentPath: null, parkName: 'Park', format: 'pdf', lang: 'en' } as const;
    expect(defaultReportPath({ ...base, projectPath: '/home/li/plans/suining.parkzero' })).toBe(
      '/home/li/plans/suining-report-en.pdf',
    );
    expect(defaultReportPath({ ...base, projectPath: 'C:\\Users\\li\\suining.parkzero', format: 'xlsx', lang: 'zh' })).toBe(
      'C:\\Users\\li\\suining-report-zh.xlsx',
    );
  });

  it('use the last project folder and the park name for an untitled project, else a bare name', () => {
    const o = { projectPath: null, parkName: 'Suining: Lüyuan / 绿园', format: 'pdf', lang: 'zh' } as const;
    expect(defaultReportPath({ ...o, recentPath: '/srv/p/old.parkzero' })).toBe('/srv/p/Suining- Lüyuan - 绿园-report-zh.pdf');
    expect(defaultReportPath({ ...o, recentPath: null })).toBe('Suining- Lüyuan - 绿园-report-zh.pdf');
    expect(fileStem('  ...  ')).toBe('parkzero');
  });

  it('fall back to the documents folder, so the suggestion is a path the dialog accepts', () => {
    const o = { projectPath: null, recentPath: null, parkName: 'Suining', format: 'pdf', lang: 'en' } as const;
    const unix = defaultReportPath({ ...o, documentsDir: '/home/li/Documents' });
    expect(unix).toBe('/home/li/Documents/Suining-report-en.pdf');
    expect(pathProblem(unix, 'pdf')).toBeNull();
    expect(defaultReportPath({ ...o, documentsDir: 'C:\\Users\\li\\Documents' })).toBe(
      'C:\\Users\\li\\Documents\\Suining-report-en.pdf',
    );
    // The last project's folder still comes first.
    expect(defaultReportPath({ ...o, recentPath: '/srv/p/old.parkzero', documentsDir: '/home/li/Documents' })).toBe(
      '/srv/p/Suining-report-en.pdf',
    );
  });

  it('follow format and language changes in the suggested name only', () => {
    expect(withFormat('/a/b-report-en.pdf', 'xlsx')).toBe('/a/b-report-en.xlsx');
    expect(withFormat('/a/b.XLSX', 'pdf')).toBe('/a/b.pdf');
    expect(withFormat('/a/b.txt', 'pdf')).toBe('/a/b.txt');
    expect(withFormat('/a/b-report-en.pdf', 'docx')).toBe('/a/b-report-en.docx');
    expect(withFormat('/a/b-report-en.docx', 'xlsx')).toBe('/a/b-report-en.xlsx');
    expect(withLang('/a/b-report-en.docx', 'zh')).toBe('/a/b-report-zh.docx');
    expect(withLang('/a/b-report-en.pdf', 'zh')).toBe('/a/b-report-zh.pdf');
    expect(withLang('/a/my.pdf', 'zh')).toBe('/a/my.pdf');
  });

  it('must be absolute and end in the format extension', () => {
    expect(pathProblem('/tmp/r.pdf', 'pdf')).toBeNull();
    expect(pathProblem('D:\\r.XLSX', 'xlsx')).toBeNull();
    expect(pathProblem('r.pdf', 'pdf')).toBe('not_absolute');
    expect(pathProblem('/tmp/r.xlsx', 'pdf')).toBe('wrong_extension');
  });
});
