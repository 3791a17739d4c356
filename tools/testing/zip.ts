import { inflateRawSync } from 'node:zlib';

/** A file of a zip archive as the tests read it: its name, how it was stored, and its bytes. */
export interface ZipFile {
  name: string;
  /** 0: stored; 8: deflated. */
  method: number;
  /** Length of the local header's extra field (an EPUB's `mimetype` must have none). */
  extraLength: number;
  /** Where its local header starts in the archive. */
  offset: number;
  data: Buffer;
}

/** Reads a zip archive from its central directory (the tests' own reader, apart from the writer). */
export function readZip(archive: Uint8Array): ZipFile[] {
  const buffer = Buffer.from(archive);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('Not a zip archive: no end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  let position = buffer.readUInt32LE(end + 16);
  const files: ZipFile[] = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(position) !== 0x02014b50) throw new Error('Broken central directory');
    const method = buffer.readUInt16LE(position + 10);
    const compressedSize = buffer.readUInt32LE(position + 20);
    const nameLength = buffer.readUInt16LE(position + 28);
    const extra = buffer.readUInt16LE(position + 30);
    const comment = buffer.readUInt16LE(position + 32);
    const offset = buffer.readUInt32LE(position + 42);
    const name = buffer.toString('utf8', position + 46, position + 46 + nameLength);
    const localNameLength = buffer.readUInt16LE(offset + 26);
    const localExtra = buffer.readUInt16LE(offset + 28);
    const start = offset + 30 + localNameLength + localExtra;
    const raw = buffer.subarray(start, start + compressedSize);
    files.push({
      name,
      method,
      extraLength: localExtra,
      offset,
      data: method === 8 ? inflateRawSync(raw) : raw,
    });
    position += 46 + nameLength + extra + comment;
  }
  return files;
}

/** The archive's files by name, as text. */
export function zipTexts(archive: Uint8Array): Map<string, string> {
  return new Map(readZip(archive).map((file) => [file.name, file.data.toString('utf8')]));
}
