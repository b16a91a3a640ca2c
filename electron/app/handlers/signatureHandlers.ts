import {
  setSigningModule,
  signAttachment,
  signingSettings,
  tokenCertificates,
} from '../services/signingService';
import { importTrustFile, removeTrust, trustList } from '../services/trustService';
import type { HandlerMap } from './types';

export const signatureHandlers = {
  'signatures.trust.list': (_args, ctx) => trustList(ctx),
  'signatures.trust.import': (args, ctx) => importTrustFile(ctx, args.source),
  'signatures.trust.remove': (args, ctx) => removeTrust(ctx, args.kind, args.id),
  'signatures.settings.get': (_args, ctx) => signingSettings(ctx),
  'signatures.settings.set': (args, ctx) => setSigningModule(ctx, args.modulePath),
  'signatures.token.certificates': (_args, ctx) => tokenCertificates(ctx),
  'signatures.signAttachment': (args, ctx) => signAttachment(ctx, args),
} satisfies Partial<HandlerMap>;
