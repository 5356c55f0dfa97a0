// Unpacks the prebuilt embedded database (a tar of PGlite's data folder, scripts/data/embedded-template.ts)
// into a folder with Node's asynchronous file calls. PGlite's own `loadDataDir` writes the same thousand files
// with synchronous calls on the main thread (about 1.5 s in which `vite dev` could do nothing else); here the
// writes run on libuv's threads, beside the dev server's module transforms.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, resolve, sep } from 'node:path';

export interface TarEntry {
	/** The path inside the archive, without a leading slash. */
	path: string;
	kind: 'file' | 'directory';
	mode: number;
	data: Uint8Array;
}

const BLOCK = 512;

/** The entries of a POSIX (ustar) tar archive: regular files and directories (PGlite writes no others). */
export function tarEntries(tar: Uint8Array): TarEntry[] {
	const text = (offset: number, length: number) => {
		const field = tar.subarray(offset, offset + length);
		const end = field.indexOf(0);
		return Buffer.from(end < 0 ? field : field.subarray(0, end)).toString('utf8');
	};
	const entries: TarEntry[] = [];
	for (let offset = 0; offset + BLOCK <= tar.length;) {
		const name = text(offset, 100);
		if (!name) break; // the archive's end: blocks of zeros
		const size = parseInt(text(offset + 124, 12).trim() || '0', 8);
		const type = text(offset + 156, 1);
		const prefix = text(offset + 345, 155);
		const path = (prefix ? `${prefix}/${name}` : name).replace(/^\/+/, '');
		const data = tar.subarray(offset + BLOCK, offset + BLOCK + size);
		if (type === '5')
			entries.push({ path, kind: 'directory', mode: parseInt(text(offset + 100, 8), 8), data });
		else if (type === '0' || type === '')
			entries.push({ path, kind: 'file', mode: parseInt(text(offset + 100, 8), 8), data });
		else throw new Error(`tar: entry ${path} is of type ${type}, not a file or a folder`);
		offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
	}
	return entries;
}

/** Writes the archive's folders and files under `dir` (eight files at a time). */
export async function unpackTar(tar: Uint8Array, into: string): Promise<void> {
	const dir = resolve(into);
	const entries = tarEntries(tar);
	const target = (path: string) => {
		const full = join(dir, normalize(path));
		if (!full.startsWith(dir + sep)) throw new Error(`tar: entry ${path} points outside ${dir}`);
		return full;
	};
	// Every folder first (those listed and those files are in), parents before children; then the files.
	const folders = new Map<string, number>([[dir, 0o750]]);
	for (const entry of entries) {
		if (entry.kind === 'directory') folders.set(target(entry.path), entry.mode);
		else if (!folders.has(dirname(target(entry.path)))) folders.set(dirname(target(entry.path)), 0o750);
	}
	for (const [folder, mode] of [...folders].sort(([a], [b]) => a.length - b.length))
		await mkdir(folder, { recursive: true, mode });
	const files = entries.filter((e) => e.kind === 'file');
	let next = 0;
	const writer = async () => {
		while (next < files.length) {
			const file = files[next++];
			await writeFile(target(file.path), file.data, { mode: file.mode });
		}
	};
	await Promise.all(Array.from({ length: 8 }, writer));
}
