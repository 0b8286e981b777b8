// The portal's own messages, read from its Fluent files, so the browser tests find the words a
// page shows in each language without writing them out again. Only simple messages (text with
// no placeable) are read; that is all a test looks for.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const LOCALES = join(__dirname, "..", "..", "app", "locales");
const cache = new Map<string, Map<string, string>>();

function messagesOf(language: string): Map<string, string> {
  let found = cache.get(language);
  if (found) return found;
  found = new Map();
  for (const file of readdirSync(join(LOCALES, language)).filter((f) => f.endsWith(".ftl"))) {
    for (const line of readFileSync(join(LOCALES, language, file), "utf8").split("\n")) {
      const match = line.match(/^([a-z][a-z0-9-]*) = (.+)$/);
      if (match && !match[2].includes("{")) found.set(match[1], match[2].trim());
    }
  }
  cache.set(language, found);
  return found;
}

/** The text of message `id` in `language` ("cy", "ur"…); fails the test if there is none. */
export function message(language: string, id: string): string {
  const text = messagesOf(language).get(id);
  if (text === undefined) throw new Error(`no simple message ${id} in ${language}`);
  return text;
}
