/** UI strings of the filters feature (see core.ts for conventions). */
export const en = {} as const;

export const ar: Record<keyof typeof en, string> = {};
