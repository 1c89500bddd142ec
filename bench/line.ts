/** One figure of the bench, aligned. */
export const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(58)} ${value}\n`);
