import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tarEntries, unpackTar } from './tar.ts';

/** A ustar archive as PGlite writes one: a header block per entry, the data padded to 512 bytes, two empty blocks. */
function archive(
	entries: { path: string; type: '0' | '5' | '2'; mode: number; data?: string }[]
): Uint8Array {
	const blocks: Buffer[] = [];
	for (const entry of entries) {
		const header = Buffer.alloc(512);
		const data = Buffer.from(entry.data ?? '');
		header.write(entry.path, 0, 100, 'utf8');
		header.write(entry.mode.toString(8).padStart(7, '0'), 100);
		header.write(data.length.toString(8).padStart(11, '0'), 124);
		header.write(entry.type, 156);
		header.write('ustar\u000000', 257);
		blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
	}
	blocks.push(Buffer.alloc(1024));
	return Buffer.concat(blocks);
}

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('tar', () => {
	it('unpacks folders and files with their contents and modes', async () => {
		dir = mkdtempSync(join(tmpdir(), 'koordinatorkart-tar-'));
		const tar = archive([
			{ path: '/base', type: '5', mode: 0o750 },
			{ path: '/base/5/1259', type: '0', mode: 0o600, data: 'x'.repeat(700) },
			{ path: '/PG_VERSION', type: '0', mode: 0o600, data: '17\n' },
			{ path: '/empty', type: '0', mode: 0o600 }
		]);
		expect(tarEntries(tar).map((e) => [e.path, e.kind, e.data.length])).toEqual([
			['base', 'directory', 0],
			['base/5/1259', 'file', 700],
			['PG_VERSION', 'file', 3],
			['empty', 'file', 0]
		]);
		await unpackTar(tar, join(dir, 'db'));
		expect(readFileSync(join(dir, 'db', 'base', '5', '1259'), 'utf8')).toBe('x'.repeat(700));
		expect(readFileSync(join(dir, 'db', 'PG_VERSION'), 'utf8')).toBe('17\n');
		expect(readFileSync(join(dir, 'db', 'empty'), 'utf8')).toBe('');
		expect(statSync(join(dir, 'db', 'PG_VERSION')).mode & 0o777).toBe(0o600);
	});

	it('refuses an entry outside the folder and a kind it does not write', async () => {
		dir = mkdtempSync(join(tmpdir(), 'koordinatorkart-tar-'));
		await expect(
			unpackTar(archive([{ path: '../outside', type: '0', mode: 0o600, data: 'x' }]), join(dir, 'db'))
		).rejects.toThrow(/outside/);
		expect(existsSync(join(dir, 'outside'))).toBe(false);
		expect(() => tarEntries(archive([{ path: 'link', type: '2', mode: 0o777 }]))).toThrow(/type 2/);
	});
});
