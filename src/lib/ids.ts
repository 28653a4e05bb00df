const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower case

let lastTime = -1;
const lastRandom = new Uint8Array(16);

/**
 * A monotonic ULID-style id with a type prefix: 10 base32 characters of
 * milliseconds, then 16 of randomness that is incremented (not redrawn) within the
 * same millisecond. Ids made by one isolate sort in creation order, and ids from
 * different isolates by time, which is what keyset pagination walks.
 *
 * @example newId("clm") // "clm_01jf8x3k9q7c2m4n5p6r7s8t9v"
 */
export function newId(prefix: string): string {
  const now = Date.now();
  if (now > lastTime) {
    lastTime = now;
    crypto.getRandomValues(lastRandom);
    for (let i = 0; i < lastRandom.length; i++) lastRandom[i] = (lastRandom[i] ?? 0) % 32;
    lastRandom[0] = (lastRandom[0] ?? 0) % 16; // headroom so increments never overflow
  } else {
    for (let i = lastRandom.length - 1; i >= 0; i--) {
      const digit = (lastRandom[i] ?? 0) + 1;
      lastRandom[i] = digit % 32;
      if (digit < 32) break;
    }
  }
  let time = lastTime;
  let head = "";
  for (let i = 0; i < 10; i++) {
    head = ALPHABET[time % 32] + head;
    time = Math.floor(time / 32);
  }
  let tail = "";
  for (const digit of lastRandom) tail += ALPHABET[digit];
  return `${prefix}_${head}${tail}`;
}
