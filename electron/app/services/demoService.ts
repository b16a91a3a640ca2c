import type { DemoSummary } from '../../../shared/contract/demo';
import { fillDemo } from '../../demo/generateDemo';
import { todayOf } from '../clock';
import type { AppContext } from '../context';
import { inspectGeneratedFilesInProcess } from './attachmentService';

/** "Dùng thử với dữ liệu mẫu" on first run: the sample agency around today, into the empty database. */
export function fillSampleData(ctx: AppContext): Promise<DemoSummary> {
  // The sample files are scratch files the app writes itself, attached by path whatever the transport.
  const sample = { ...ctx, readsLocalPaths: true };
  // …and made right here, so inspected and judged in this thread: a worker per sample PDF (each loading
  // the PDF and certificate libraries) made the first-run button take over half a minute. Only this copy
  // of the context is marked; the user's own files still go to the worker.
  inspectGeneratedFilesInProcess(sample);
  return fillDemo(sample, { today: todayOf(ctx.now) });
}
