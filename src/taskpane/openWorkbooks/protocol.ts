import type { SourceRead } from '../../core/merge/types';

/**
 * What the panes of the add-in say to each other on one machine (one origin):
 * a workbook's pane announces itself, a summary's pane asks for its file. Sent
 * over a BroadcastChannel, so every message goes to every pane; `to` names the
 * one meant. Every pane has a random id for as long as it is open.
 */

export const CHANNEL_NAME = 'tongket-open-workbooks';

/** An open workbook as the others list it ("Sổ đang mở"): one line per unit whose forms it holds. */
export type OpenBook = {
  readonly id: string;
  /** The workbook's file name. */
  readonly name: string;
  /** "Huyện ủy Văn Lâm · Huyện ủy, thành ủy, thị ủy · Biểu 1, 2 · không có lỗi", one per unit. */
  readonly units: readonly string[];
  /** Problems found in the workbook (a summary merged with its units, an edited layout…), in Vietnamese. */
  readonly problems: readonly string[];
  /** When the pane last said it is open (ms since 1970); an entry not renewed in time is dropped. */
  readonly lastSeen: number;
};

/** The workbook as a summary's pane receives it: its file in chunks, or its sheets' values where Excel gives no file. */
export type Message =
  | { readonly type: 'hello'; readonly from: string }
  | { readonly type: 'announce'; readonly from: string; readonly book: OpenBook }
  | { readonly type: 'bye'; readonly from: string }
  | { readonly type: 'request-file'; readonly from: string; readonly to: string; readonly request: string; readonly readAt: string }
  | {
      readonly type: 'file-chunk';
      readonly from: string;
      readonly to: string;
      readonly request: string;
      readonly name: string;
      readonly index: number;
      readonly count: number;
      readonly bytes: Uint8Array;
    }
  | { readonly type: 'values'; readonly from: string; readonly to: string; readonly request: string; readonly name: string; readonly read: SourceRead }
  | { readonly type: 'file-error'; readonly from: string; readonly to: string; readonly request: string; readonly message: string };

/** A BroadcastChannel, or a test's stand-in. */
export type Channel = {
  postMessage(message: Message): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  close(): void;
};

const TYPES = new Set(['hello', 'announce', 'bye', 'request-file', 'file-chunk', 'values', 'file-error']);

/** Another version of the add-in may share the channel: only messages of a known type with a sender are taken. */
export function asMessage(data: unknown): Message | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, from } = data as { type?: unknown; from?: unknown };
  return typeof type === 'string' && TYPES.has(type) && typeof from === 'string' ? (data as Message) : undefined;
}

/** 1 MB per message: a large workbook goes in pieces, and the receiver's progress moves with each. */
export const CHUNK_BYTES = 1024 * 1024;

export function chunksOf(bytes: Uint8Array, size = CHUNK_BYTES): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length || chunks.length === 0; at += size) chunks.push(bytes.slice(at, at + size));
  return chunks;
}

export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
