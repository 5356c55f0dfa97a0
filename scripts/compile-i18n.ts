// Compiles the messages (messages/*.json) to src/lib/paraglide, as the Vite plugin does, for type checking.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../i18n.config.ts';

await compile(paraglideOptions);
