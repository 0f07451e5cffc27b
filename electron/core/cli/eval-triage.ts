export async function runTriage(_a: string[], _o: unknown): Promise<void> {}
