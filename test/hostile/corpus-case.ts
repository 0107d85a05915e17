// What a case of the hostile corpus is: a file name and the bytes to write under it, made for the
// school whose URN it is given (each case a school of its own).
export type Bytes = Uint8Array | string;
export type Cases = Record<string, (urn: string) => Bytes | Promise<Bytes>>;
