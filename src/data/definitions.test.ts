import { describe, expect, it } from 'vitest';
import { readAtlasData, readDefinitions } from '../../scripts/geodata';
import { checkDefinitionFigures, fromLayer, sharePercent, thousandM2, type Definitions } from './definitions';

const data = readAtlasData();
const definitions = readDefinitions();
const facilities = data.layers['us-facilities'].features;

describe('the definitions of a U.S. base', () => {
  it('has figures that agree with themselves: 184,944 of 263,176 is the published 70.27 %', () => {
    expect(checkDefinitionFigures(definitions)).toEqual([]);
    const exclusive = definitions.definitions.find((d) => d.id === 'exclusive')!;
    const japan = exclusive.figures.find((f) => f.id === 'japan-2020')!;
    const okinawa = exclusive.figures.find((f) => f.id === 'okinawa-2020')!;
    expect(sharePercent(thousandM2(okinawa), thousandM2(japan))).toBe(70.27);
  });

  it('refuses a published share its own figures do not give, and a derived share of a missing figure', () => {
    const wrong: Definitions = structuredClone(definitions);
    const exclusive = wrong.definitions.find((d) => d.id === 'exclusive')!;
    exclusive.figures.find((f) => f.id === 'okinawa-2020')!.sharePercent = 74.27;
    const allUse = wrong.definitions.find((d) => d.id === 'all-use')!;
    allUse.derivedShare = { ...allUse.derivedShare!, japan: 'japan-1999' };
    expect(checkDefinitionFigures(wrong)).toEqual([
      'exclusive/okinawa-2020: the published 74.27% is not 70.27% from its figures',
      'all-use: derivedShare names japan-1999, which is not a figure',
    ]);
  });

  it('recomputes the official count of exclusive-use facilities from the layer: 78, 31 in Okinawa', () => {
    const computed = fromLayer('exclusive', facilities, data.officialTotals);
    expect([computed.facilities, computed.okinawaFacilities]).toEqual([78, 31]);
    // The areas fall short where facilities have no sourced area (listed with the prefecture totals).
    expect(computed.withoutArea).toBeGreaterThan(0);
    expect(Math.round(computed.okinawaThousandM2)).toBe(
      data.officialTotals.differences.find((d) => d.prefecture === '沖縄県')?.computedThousandM2,
    );
  });

  it('adds every temporary shared-use facility, mapped or not, for all use', () => {
    const exclusive = fromLayer('exclusive', facilities, data.officialTotals);
    const all = fromLayer('all-use', facilities, data.officialTotals);
    const shared = facilities.filter((f) => f.properties.useType === 'shared').length;
    expect(all.facilities).toBe(exclusive.facilities + shared + data.officialTotals.unmappedShared.length);
    expect(all.withoutArea).toBeGreaterThan(exclusive.withoutArea);
  });
});
