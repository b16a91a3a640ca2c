import type { DemoSummary } from '../../../shared/contract/demo';
import { fillDemo } from '../../demo/generateDemo';
import { todayOf } from '../clock';
import type { AppContext } from '../context';

/** "Dùng thử với dữ liệu mẫu" on first run: the sample agency around today, into the empty database. */
export function fillSampleData(ctx: AppContext): Promise<DemoSummary> {
  // The sample files are scratch files the app writes itself, attached by path whatever the transport.
  return fillDemo({ ...ctx, readsLocalPaths: true }, { today: todayOf(ctx.now) });
}
