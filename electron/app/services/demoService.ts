import type { DemoSummary } from '../../../shared/contract/demo';
import { fillDemo } from '../../demo/generateDemo';
import { todayOf } from '../clock';
import type { AppContext } from '../context';

/** "Dùng thử với dữ liệu mẫu" on first run: the sample agency around today, into the empty database. */
export function fillSampleData(ctx: AppContext): Promise<DemoSummary> {
  return fillDemo(ctx, { today: todayOf(ctx.now) });
}
