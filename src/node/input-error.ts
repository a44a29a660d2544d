/** Input that cannot be used (exit 1): the message is already Spanish and says what to fix. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Options written wrong (exit 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
