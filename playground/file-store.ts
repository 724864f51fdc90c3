/**
 * Files in the playground: photos the user uploads (the bot reads them through getFile and the
 * file download, as it reads Telegram's) and files the bot sends (shown, and downloadable, on the page).
 * In memory only: nothing is written to disk.
 */
export interface StoredFile {
  fileId: string;
  uniqueId: string;
  name: string;
  type: string;
  bytes: Buffer;
}

export class FileStore {
  private readonly files = new Map<string, StoredFile>();
  private next = 1;

  put(bytes: Buffer, name: string, type: string): StoredFile {
    const n = this.next++;
    const file: StoredFile = { fileId: `playground-file-${n}`, uniqueId: `pg-${n}`, name, type, bytes };
    this.files.set(file.fileId, file);
    return file;
  }

  get(fileId: string): StoredFile | undefined {
    return this.files.get(fileId);
  }

  /** getFile's answer: the file path is the file id, so the download finds it again. */
  info(fileId: string): { file_id: string; file_unique_id: string; file_size: number; file_path: string } | undefined {
    const file = this.files.get(fileId);
    return file && { file_id: file.fileId, file_unique_id: file.uniqueId, file_size: file.bytes.length, file_path: file.fileId };
  }
}
