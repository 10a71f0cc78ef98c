export const adminMessages = {} as const satisfies Record<string, readonly [string, string]>;
