// SVG to PNG for the share cards, with resvg (a Rust renderer shipped as an npm binary). It runs on libuv's
// thread pool (renderAsync), so the event loop keeps answering while a card is drawn. resvg reads only
// TrueType/OpenType files (not the site's WOFF2), so Noto Sans comes as TTF from @expo-google-fonts/noto-sans,
// found from this module's own location (the same in dev, tests and the built server), never from the
// working directory.
import { createRequire } from 'node:module';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { CARD_FONT } from '$lib/share/card';

const FONT_FILES = [
	'@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
	'@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'
];

let fontFiles: string[] | undefined;
/** The font files' paths, resolved once. */
export function cardFontFiles(): string[] {
	const require = createRequire(import.meta.url);
	fontFiles ??= FONT_FILES.map((file) => require.resolve(file));
	return fontFiles;
}

/** resvg's options: only the card's own fonts, never the machine's (the same picture everywhere). */
export function renderOptions(): ResvgRenderOptions {
	return {
		font: {
			fontFiles: cardFontFiles(),
			loadSystemFonts: false,
			defaultFontFamily: CARD_FONT,
			sansSerifFamily: CARD_FONT
		},
		fitTo: { mode: 'original' },
		logLevel: 'off'
	};
}

export async function svgToPng(svg: string): Promise<Uint8Array> {
	return (await renderAsync(svg, renderOptions())).asPng();
}
