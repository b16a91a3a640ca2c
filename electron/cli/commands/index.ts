/** The command registry: one line per command. */
import type { CliCommand } from '../types';
import { calendarCommand } from './calendar';
import { deadlineCommand } from './deadline';
import { lazyCommand } from './lazyCommand';
import { lunarCommand } from './lunar';

// Loaded when run: these reach the database, the contracts and the document libraries (issue 10).
const listCommand = lazyCommand(
  'list',
  { vi: 'Liệt kê cuộc họp (mã số cho lệnh export)', en: 'List meetings (ids for export)' },
  () => import('./list').then((m) => m.listCommand),
);
const demoCommand = lazyCommand(
  'demo',
  { vi: 'Tạo dữ liệu mẫu trong một thư mục dữ liệu', en: 'Fill a data folder with sample data' },
  () => import('./demo').then((m) => m.demoCommand),
);
const reportCommand = lazyCommand(
  'report',
  { vi: 'Báo cáo chương trình công tác tháng (DOCX/XLSX)', en: 'Monthly work-program report (DOCX/XLSX)' },
  () => import('./report').then((m) => m.reportCommand),
);
const exportCommand = lazyCommand(
  'export',
  { vi: 'Xuất gói hồ sơ (.zip BagIt)', en: 'Export a dossier package (BagIt .zip)' },
  () => import('./export').then((m) => m.exportCommand),
);
const verifyCommand = lazyCommand(
  'verify',
  { vi: 'Kiểm tra gói hồ sơ nhận được', en: 'Verify a received package' },
  () => import('./verify').then((m) => m.verifyCommand),
);
const agendaCommand = lazyCommand(
  'agenda',
  { vi: 'Lịch hạn: mọi hạn của cơ quan, tệp lịch .ics', en: 'Every deadline; .ics calendar file' },
  () => import('./agenda').then((m) => m.agendaCommand),
);
const requestsCommand = lazyCommand(
  'requests',
  { vi: 'Sổ văn bản xin ý kiến đến', en: 'Register of opinion requests received' },
  () => import('./requests').then((m) => m.requestsCommand),
);
const bookCommand = lazyCommand(
  'book',
  { vi: 'Tạo sổ tài liệu họp (một PDF đánh số)', en: 'Make the session book (one numbered PDF)' },
  () => import('./book').then((m) => m.bookCommand),
);
const signPdfCommand = lazyCommand(
  'sign-pdf',
  { vi: 'Ký số tệp PDF bằng token (PKCS#11)', en: 'Sign a PDF with a token (PKCS#11)' },
  () => import('./signPdf').then((m) => m.signPdfCommand),
);
const verifyPdfCommand = lazyCommand(
  'verify-pdf',
  { vi: 'Kiểm tra chữ ký số của tệp PDF', en: "Verify a PDF's digital signatures" },
  () => import('./verifyPdf').then((m) => m.verifyPdfCommand),
);

export const COMMANDS: readonly CliCommand[] = [
  deadlineCommand,
  calendarCommand,
  lunarCommand,
  listCommand,
  demoCommand,
  reportCommand,
  exportCommand,
  verifyCommand,
  agendaCommand,
  requestsCommand,
  bookCommand,
  signPdfCommand,
  verifyPdfCommand,
];
