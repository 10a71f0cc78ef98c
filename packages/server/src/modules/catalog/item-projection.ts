import type { ItemContent } from '@yiwang/contracts';
import { buildSearchVector } from './search-text.js';

/** The columns of `items` that mirror an item's content, for filters and statistics. */
export function projectContent(content: ItemContent) {
  const materials = content.materials;
  return {
    name: content.name,
    itemType: content.itemType,
    serviceObjects: [...content.serviceObjects].sort(),
    trips: content.trips,
    onlineDepth: content.onlineDepth,
    isOnline: content.onlineDepth === '3' || content.onlineDepth === '4',
    caseType: content.caseType,
    legalValue: content.legalLimit?.value ?? null,
    legalUnit: content.legalLimit?.unit ?? null,
    promisedValue: content.promisedLimit.value,
    promisedUnit: content.promisedLimit.unit,
    notOneTripReason: content.notOneTripReason,
    personThemes: content.personThemes,
    enterpriseThemes: content.enterpriseThemes,
    materialsCount: materials.length,
    materialsCancelled: materials.filter((m) => m.cancelled).length,
    materialsReplaceable: materials.filter((m) => !m.cancelled && (m.replaceableByCertificates.length > 0 || m.sharedDataSource)).length,
  };
}

/** The search document of an item's name: the name, its catalog item's name, the result and the materials. */
export function searchDocument(content: ItemContent, catalogName: string): { name: string; vector: string } {
  return {
    name: content.name,
    vector: buildSearchVector({
      name: content.name,
      secondary: catalogName === content.name ? [] : [catalogName],
      tertiary: [content.result.name, ...content.materials.map((m) => m.name)],
    }),
  };
}
