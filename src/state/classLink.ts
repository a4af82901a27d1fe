/**
 * The link a teacher gives a class: the atlas as it is now (view, place, layers, language,
 * paragraph…), locked or not, opening on a quiz or not. Never an embed link, never the teacher's
 * own imported layers (a link cannot carry them), never the teacher's own lesson (their plan).
 */
import { formatHash } from './hashState';
import { hashOf } from './linkSync';
import type { AtlasState } from './atlasState';

export interface ClassLinkOptions {
  /** Students cannot change the language, the layers or the map's area, and see no teacher's notes. */
  lock: boolean;
  /** The quiz's seed to open on, or null to open on the atlas as it is. */
  quiz: number | null;
}

export function classLink(state: AtlasState, href: string, { lock, quiz }: ClassLinkOptions): string {
  const url = new URL(href);
  url.hash = formatHash({
    ...hashOf(state),
    embed: undefined,
    lesson: undefined,
    lock: lock || undefined,
    quiz: quiz ?? undefined,
  });
  return url.href;
}
