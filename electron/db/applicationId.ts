/**
 * SQLite `application_id` stamped into every Dossier Desk database ("DDsk"), so that a foreign SQLite file
 * placed at the data path is recognised and refused instead of being migrated into.
 */
export const APPLICATION_ID = 0x4444736b;
