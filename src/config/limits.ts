/**
 * Limits against floods and junk (issue 9 §4). One person must not be able
 * to fill the leads' chats, the download queue or the database, or to push
 * someone else's alert back. Each is set from the environment (README,
 * "Configuration"); these are the defaults.
 */
export interface Limits {
  /** Reports one person may submit in any hour; more get a polite "wait N minutes". */
  reportsPerHour: number;
  /** Of those, how many keep their priority; later ones in the hour are queued as ordinary. */
  topPriorityReportsPerHour: number;
  /** Files one report keeps (evidence); a file sent twice counts once. */
  filesPerReport: number;
  /** Messages and button presses one person may send in a minute; beyond it, one polite line. */
  messagesPerMinute: number;
}

export const DEFAULT_LIMITS: Limits = {
  reportsPerHour: 5,
  topPriorityReportsPerHour: 2,
  filesPerReport: 20,
  // A report is about 30 answers; an album of 20 photos arrives at once.
  messagesPerMinute: 60,
};
