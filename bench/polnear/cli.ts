/** `--name value` from the command line, or `fallback`. Shared by eval:polnear and train:extract. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
