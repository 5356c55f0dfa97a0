import { describe, expect, it } from 'vitest';
import { CompactPathContext } from './compact-path.ts';

function draw(rings: { points: [number, number][]; closed: boolean }[]): string {
	const context = new CompactPathContext();
	for (const { points, closed } of rings) {
		context.moveTo(...points[0]);
		for (const point of points.slice(1)) context.lineTo(...point);
		if (closed) context.closePath();
	}
	return context.result();
}

describe('CompactPathContext', () => {
	it('writes a ring as an absolute start and relative steps, in whole units', () => {
		const square: [number, number][] = [
			[10.2, 20.4],
			[30.1, 20.4],
			[30.4, 39.6],
			[9.8, 40.2]
		];
		expect(draw([{ points: square, closed: true }])).toBe('M10 20l20 0 0 20-20 0z');
	});

	it('drops repeated points, the closing point and rings that shrink to nothing', () => {
		const ring: [number, number][] = [
			[0, 0],
			[0.2, 0.1],
			[5, 0],
			[5, 5],
			[0, 0]
		];
		const speck: [number, number][] = [
			[50, 50],
			[50.3, 50.2],
			[50.1, 49.9]
		];
		expect(
			draw([
				{ points: ring, closed: true },
				{ points: speck, closed: true }
			])
		).toBe('M0 0l5 0 0 5z');
	});

	it('keeps open lines of two points or more, and starts afresh after result()', () => {
		const context = new CompactPathContext();
		context.moveTo(0, 0);
		context.lineTo(-3, 4);
		expect(context.result()).toBe('M0 0l-3 4');
		expect(context.result()).toBe('');
	});
});
