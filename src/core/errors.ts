/** Bad input from the user (an unknown id, a malformed option or file): shown as one line, exit code 2. */
export class UserError extends Error {}
