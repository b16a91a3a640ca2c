import { setParserWorkerScript } from '../../electron/workers/guardedWorker';
import { TEST_WORKER_BUNDLE } from './workerSetup.global';

// The bundle made by workerSetup.global.ts: the app's shell finds its own beside the main bundle.
setParserWorkerScript(TEST_WORKER_BUNDLE);
