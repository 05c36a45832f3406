// The catalogue of every content problem and warning: one Swedish text per kind, written for an
// editor (what is wrong, what to do), with the guide's section that explains it and a suggestion.
// The messages live in messages/, one file per concern; this is the whole catalogue and `problem`.

import { earlierMessages } from "./messages/earlier-messages.ts";
import type { Entry, Place } from "./messages/entry.ts";
import { feedbackMessages } from "./messages/feedback-messages.ts";
import { fileMessages } from "./messages/file-messages.ts";
import { frontMatterMessages } from "./messages/front-matter-messages.ts";
import { markdownMessages } from "./messages/markdown-messages.ts";
import { warningMessages } from "./messages/warning-messages.ts";
import type { Problem } from "./problems.ts";

export { describeField, describeValue, type Place } from "./messages/entry.ts";
export {
  type GuideSection,
  guideLink,
  guideReferences,
  guideSections,
  guideTitles,
  headingAnchor,
} from "./messages/guide.ts";

export const catalogue = {
  ...frontMatterMessages,
  ...fileMessages,
  ...earlierMessages,
  ...markdownMessages,
  ...feedbackMessages,
  ...warningMessages,
} satisfies Record<string, Entry<never>>;

export type MessageCode = keyof typeof catalogue;
type ParamsOf<Code extends MessageCode> = Parameters<(typeof catalogue)[Code]["text"]>[0];

/** A problem (or warning) of kind `code` at a place, with its Swedish text from the catalogue. */
export function problem<Code extends MessageCode>(code: Code, params: ParamsOf<Code>): Problem {
  const entry = catalogue[code] as Entry<ParamsOf<Code>>;
  const { message, suggestion } = entry.text(params);
  const { file, line, field } = params as Place;
  return {
    file,
    code,
    ...(line === undefined ? {} : { line }),
    ...(field === undefined ? {} : { field }),
    message,
    ...(suggestion === undefined ? {} : { suggestion }),
    guide: entry.guide,
  };
}
