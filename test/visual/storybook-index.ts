import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One story of the static build, as its index.json lists it. */
export interface StoryEntry {
  id: string;
  title: string;
  name: string;
  tags: string[];
}

interface IndexEntry extends Omit<StoryEntry, 'tags'> {
  type: 'story' | 'docs';
  tags?: string[];
}

/** Where `npm run build-storybook` (and `npm run test:visual`) writes the static Storybook. */
export const STORYBOOK_DIR = join(process.cwd(), 'storybook-static');

/** Every story of the static build (docs pages left out), in index order. */
export function storiesOfBuild(dir = STORYBOOK_DIR): StoryEntry[] {
  const file = join(dir, 'index.json');
  if (!existsSync(file)) {
    throw new Error(
      `No ${file}: build the static Storybook first (\`npm run test:visual\` does, or \`npm run build-storybook\`).`,
    );
  }
  const index = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map(({ id, title, name, tags }) => ({ id, title, name, tags: tags ?? [] }));
}
