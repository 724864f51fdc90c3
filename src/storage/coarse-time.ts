const HOUR_MS = 3_600_000;

/**
 * A time rounded down to the hour, for times kept in clear: an exact time
 * could pin a message on a seized phone to its record in a database copy.
 */
export const toHour = (at: Date | number): Date => new Date(Math.floor(new Date(at).getTime() / HOUR_MS) * HOUR_MS);
