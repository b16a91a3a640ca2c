/** <dataDir>/received: the packages received from other agencies, kept as they came (read-only). */
export const RECEIVED_FOLDER = 'received';
