// A small seeded random source so the demo data is the same on every machine.

export interface Random {
	next(): number;
	int(min: number, max: number): number;
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	uuid(): string;
}

export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	// mulberry32
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		chance: (p) => next() < p,
		pick: (items) => items[Math.floor(next() * items.length)],
		uuid: () => {
			const hex = Array.from({ length: 32 }, () => int(0, 15).toString(16));
			hex[12] = '4';
			hex[16] = ((int(0, 15) & 0x3) | 0x8).toString(16);
			const s = hex.join('');
			return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
		}
	};
}
