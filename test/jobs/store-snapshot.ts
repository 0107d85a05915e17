// What an import left in a store, as plain data two stores can be compared by (issue 11, item 4): a
// store killed and resumed must end as one never killed. Row ids, times and the folder imported from
// differ between two stores and are left out; a refusal recorded again by each run counts once.
import { storedRows, type TempStore } from '../support/temp-store.js';

export interface StoreSnapshot {
  /** The sha256 of every file kept. */
  files: string[];
  /** Each accepted return with its groups, values and messages, in a fixed order. */
  accepted: string[];
  /** Each refused return with its messages, once however many runs refused it. */
  refused: string[];
}

export async function storeSnapshot(store: TempStore, folder: string): Promise<StoreSnapshot> {
  const rows = await storedRows(store);
  // A row's own id (messages have one) differs between stores: left out with its return's.
  const byReturn = (list: readonly { return_id: number; id?: number }[]) => {
    const map = new Map<number, object[]>();
    for (const { return_id, id: _id, ...row } of list) map.set(return_id, [...(map.get(return_id) ?? []), row]);
    return map;
  };
  const [groups, values, messages] = [byReturn(rows.groups), byReturn(rows.values), byReturn(rows.messages)];
  const described = rows.returns.map((r) => {
    const { id, imported_at: _at, original_path: _path, superseded_by, ...what } = r;
    const whole = {
      ...what,
      superseded: superseded_by !== null,
      groups: groups.get(id) ?? [],
      values: values.get(id) ?? [],
      messages: messages.get(id) ?? [],
    };
    return { status: r.status, text: JSON.stringify(whole).replaceAll(folder, '<folder>') };
  });
  const texts = (status: string) => described.filter((d) => d.status === status).map((d) => d.text);
  return {
    files: rows.sourceFiles.map((f) => f.sha256).sort(),
    accepted: texts('accepted').sort(),
    refused: [...new Set(texts('refused'))].sort(),
  };
}
