import { describe, expect, it } from 'vitest';
import {
  KJ_PER_KGCE,
  GJ_PER_TCE,
  co2FactorFromFuel,
  gcePerKwhToTcePerMwh,
  gjToMwh,
  gjToTce,
  kgcePerM3ToTcePer10kNm3,
  kjToKgce,
  kwHoursToMwh,
  mwhToGj,
  tceToGj,
  CO2_PER_C,
} from '../../../core/units/index.ts';

describe('units', () => {
  it('1 kgce = 29,307 kJ and 1 tce = 29.307 GJ', () => {
    expect(KJ_PER_KGCE).toBe(29_307);
    expect(GJ_PER_TCE).toBeCloseTo(29.307, 12);
    expect(kjToKgce(29_307)).toBe(1);
    expect(gjToTce(29.307)).toBeCloseTo(1, 12);
    expect(tceToGj(gjToTce(123.4))).toBeCloseTo(123.4, 10);
  });
  // GB/T 2589 prints coefficients that were computed in kcal (5000 kcal/kg raw coal over
  // 7000 kcal/kgce, 860 kcal/kWh, 8500 kcal/m3 gas). Dividing the printed kJ values by 29,307
  // gives numbers that differ in the 4th digit. The engine uses the printed coefficients.
  it('printed coefficients agree with kJ / 29,307 to within 0.2%', () => {
    const rel = (a: number, b: number) => Math.abs(a - b) / b;
    expect(rel(kjToKgce(20_908), 0.7143)).toBeLessThan(2e-3);
    expect(rel(kjToKgce(3600), 0.1229)).toBeLessThan(2e-3);
    expect(rel(kjToKgce(35_544), 1.2143)).toBeLessThan(2e-3);
    expect(rel(kjToKgce(42_652), 1.4571)).toBeLessThan(2e-3);
    expect(5000 / 7000).toBeCloseTo(0.7143, 4);
    expect(860 / 7000).toBeCloseTo(0.1229, 4);
  });
  it('electricity: 1 MWh = 3.6 GJ', () => {
    expect(mwhToGj(1)).toBe(3.6);
    expect(gjToMwh(3.6)).toBe(1);
  });
  it('gas coefficients convert from kgce/m3 to tce per 10^4 Nm3', () => {
    expect(kgcePerM3ToTcePer10kNm3(1.2143)).toBeCloseTo(12.143, 10);
  });
  it('coal method 300.7 gce/kWh is 0.3007 tce/MWh', () => {
    expect(gcePerKwhToTcePerMwh(300.7)).toBeCloseTo(0.3007, 12);
  });
  it('CO2 from fuel parameters uses 44/12', () => {
    expect(CO2_PER_C).toBeCloseTo(3.666667, 6);
    expect(co2FactorFromFuel(20.908, 26.37, 0.94)).toBeCloseTo(1.9003, 4);
  });
  it('kW x h -> MWh', () => {
    expect(kwHoursToMwh(1000, 1000)).toBe(1000);
  });
  it('heat: 0.03412 kgce/MJ is 1/29.307', () => {
    expect(gjToTce(1)).toBeCloseTo(0.03412, 5);
  });
});
