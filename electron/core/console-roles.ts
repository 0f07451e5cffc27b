/** The roles a person's console may be started in (an autopilot's token is not one). */
export const CONSOLE_ROLES = ['agent', 'lead', 'admin'] as const;
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];
