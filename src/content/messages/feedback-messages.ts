// The catalogue's messages on the feedback export (npm run report:feedback).

import { define, type Entry } from "./entry.ts";
import { guideSections } from "./guide.ts";

export const feedbackMessages = {
  // For the people who run the site, whose guide (deploy/README.md) is in English: these texts
  // stay English, as the command's other output is.
  "feedback-not-json": define<{ detail: string }>({
    title: "Feedback export is not JSON",
    guide: guideSections.messages,
    severity: "problem",
    text: ({ detail }) => ({ message: `is not valid JSON (${detail})` }),
  }),
  "feedback-not-array": define({
    title: "Feedback export is not a list",
    guide: guideSections.messages,
    severity: "problem",
    text: () => ({
      message:
        "must be a JSON array of votes, each { page, anchor, answer, text, date } (see deploy/README.md)",
    }),
  }),
  "feedback-invalid-vote": define<{ vote: number; name: string; detail: string }>({
    title: "Feedback vote that cannot be read",
    guide: guideSections.messages,
    severity: "problem",
    text: ({ vote, name, detail }) => ({
      message: `vote ${vote}, "${name || "the vote"}" ${detail}`,
    }),
  }),
} satisfies Record<string, Entry<never>>;
