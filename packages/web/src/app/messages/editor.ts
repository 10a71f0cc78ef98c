export const editorMessages = {} as const satisfies Record<string, readonly [string, string]>;
