// SVG path data in few bytes, as a d3-geo path context: whole units (the map is drawn some 400–800 pixels
// wide, so a unit is about a pixel), each ring starting from an absolute point and going on by relative steps,
// and no repeated points. Rings and lines that shrink to nothing at this size are left out. The front page's
// map is about half the size it is with absolute coordinates and one decimal.
import type { GeoContext } from 'd3-geo';

export class CompactPathContext implements GeoContext {
	private readonly parts: string[] = [];
	private ring: [number, number][] = [];

	beginPath() {
		// Each ring begins with moveTo.
	}

	moveTo(x: number, y: number) {
		this.endRing(false);
		this.ring = [[Math.round(x), Math.round(y)]];
	}

	lineTo(x: number, y: number) {
		const point: [number, number] = [Math.round(x), Math.round(y)];
		const last = this.ring[this.ring.length - 1];
		if (!last || last[0] !== point[0] || last[1] !== point[1]) this.ring.push(point);
	}

	closePath() {
		this.endRing(true);
	}

	arc() {
		// Points are not drawn on this map.
	}

	/** The path data so far; the context can be used again after this. */
	result(): string {
		this.endRing(false);
		return this.parts.splice(0).join('');
	}

	private endRing(closed: boolean) {
		const ring = this.ring;
		this.ring = [];
		if (closed && ring.length > 1) {
			const [first, last] = [ring[0], ring[ring.length - 1]];
			if (first[0] === last[0] && first[1] === last[1]) ring.pop();
		}
		if (ring.length < (closed ? 3 : 2)) return;
		let d = `M${ring[0][0]} ${ring[0][1]}l`;
		for (let i = 1; i < ring.length; i++) {
			const dx = ring[i][0] - ring[i - 1][0];
			const dy = ring[i][1] - ring[i - 1][1];
			d += (i === 1 || dx < 0 ? '' : ' ') + dx + (dy < 0 ? '' : ' ') + dy;
		}
		this.parts.push(closed ? `${d}z` : d);
	}
}
