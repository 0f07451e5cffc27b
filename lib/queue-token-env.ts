/**
 * The environment variable that hands a queue token to a command (the console's autopilot child, a
 * worker started from a shell). A token on the command line is readable by every local user
 * (/proc/PID/cmdline, ps); a process's environment only by its own user.
 */
export const QUEUE_TOKEN_ENV = 'SWITCHBOARD_QUEUE_TOKEN';
