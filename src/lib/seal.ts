const encoder = new TextEncoder();
const decoder = new TextDecoder();
const VERSION = "v1";

/**
 * An AES-256-GCM key derived (HKDF-SHA-256) from `secret` for one `context`. It exists only
 * while a request holding `secret` runs: what it seals cannot be read from the database alone.
 *
 * @example const key = await sealingKey(bearerToken, `${actor}\n${idempotencyKey}`)
 */
export async function sealingKey(secret: string, context: string): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey("raw", encoder.encode(secret), "HKDF", false, [
    "deriveKey",
  ]);
  return crypto.subtle.deriveKey(
    {
      name: "HKDF",
      hash: "SHA-256",
      salt: encoder.encode("claimtrail sealed answer"),
      info: encoder.encode(context),
    },
    base,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

/** `plaintext` encrypted under `key`, as text: `v1.<iv>.<ciphertext>`, both base64. */
export async function seal(key: CryptoKey, plaintext: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv },
    key,
    encoder.encode(plaintext),
  );
  return `${VERSION}.${toBase64(iv)}.${toBase64(new Uint8Array(sealed))}`;
}

/** Whether `text` is something {@link seal} wrote. */
export function isSealed(text: string): boolean {
  return text.startsWith(`${VERSION}.`);
}

/** What {@link seal} sealed under `key`, or null when `key` is not the key it was sealed with. */
export async function unseal(key: CryptoKey, text: string): Promise<string | null> {
  const [version, iv, data] = text.split(".");
  if (version !== VERSION || !iv || !data) return null;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: fromBase64(iv) },
      key,
      fromBase64(data),
    );
    return decoder.decode(plain);
  } catch {
    return null;
  }
}

function toBase64(bytes: Uint8Array): string {
  // In slices: spreading a large array into fromCharCode overflows the stack.
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
