/**
 * Whether `text` takes more than `limit` bytes as UTF-8 (as `TextEncoder` writes it), counted
 * without encoding it and only as far as needed: a UTF-16 code unit is 1 to 3 bytes (a surrogate
 * pair 4 for two), so most texts are decided by their length alone.
 *
 * @example
 * exceedsUtf8Bytes('Zürich', 6); // true: "ü" is two bytes
 * exceedsUtf8Bytes('Zurich', 6); // false
 */
export function exceedsUtf8Bytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3; // (a lone surrogate is written as U+FFFD, 3 bytes)
    if (bytes > limit) return true;
  }
  return false;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
