import type { AdjustmentGround, AdjustmentKind } from './adjustmentGrounds';
import type { OfficialDocumentHeading, Signer } from './officialDocument';
import type { YearMonth } from './yearMonth';

/**
 * One line of an adjustment or addition request (đề nghị điều chỉnh, bổ sung chương trình công tác):
 * the directive asks for the ground, the reason, why it is needed, and its impact on the PPC's direction.
 */
export interface AdjustmentEntry {
  kind: AdjustmentKind;
  /** The item's id when it is already in the program; absent for an addition. */
  itemId?: string;
  number: string;
  title: string;
  /** Month in the program now; absent for an addition. */
  currentMonth?: YearMonth;
  /** Month asked for; absent for a withdrawal. */
  proposedMonth?: YearMonth;
  ground: AdjustmentGround;
  reason: string;
  necessity: string;
  impact: string;
}

export interface AdjustmentRequestLetter {
  heading: OfficialDocumentHeading;
  /** V/v: the letter's subject line. */
  subject: string;
  /** Kính gửi: usually ["Ủy ban nhân dân tỉnh ..."] or ["Chủ tịch UBND tỉnh ..."]. */
  addressees: string[];
  /** Opening paragraph(s), e.g. the program's decision number; the entries follow it. */
  opening: string;
  entries: AdjustmentEntry[];
  closing: string;
  /** Nơi nhận, each line without the leading "- "; "Lưu: VT, ..." last. */
  recipients: string[];
  signer: Signer;
}
