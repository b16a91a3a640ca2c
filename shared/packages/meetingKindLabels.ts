import type { MeetingKind } from '../meetings/kinds';

/** How a package names the kind of meeting (bag-info.txt, the cover sheet, dossier.json). */
export const MEETING_KIND_LABELS: Record<MeetingKind, { vi: string; en: string }> = {
  ppc: { vi: 'Phiên họp UBND tỉnh thường kỳ', en: 'PPC regular session' },
  'ppc-thematic': { vi: 'Phiên họp UBND tỉnh chuyên đề', en: 'PPC thematic session' },
  chairman: {
    vi: 'Buổi làm việc do Chủ tịch UBND tỉnh chủ trì',
    en: 'Working session chaired by the Chairman',
  },
  'vice-chairman': {
    vi: 'Buổi làm việc do Phó Chủ tịch UBND tỉnh chủ trì',
    en: 'Working session chaired by a Vice-Chairman',
  },
  'party-committee': { vi: 'Phiên họp Ban cán sự đảng UBND tỉnh', en: 'Party Affairs Committee session' },
  other: { vi: 'Cuộc họp khác', en: 'Other meeting' },
};
