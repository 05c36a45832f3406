// What the receiver keeps, and the one interface both databases implement.

export type Answer = "ja" | "nej";

/** A vote: exactly the five fields the site sends (see deploy/README.md), nothing about the sender. */
export interface Vote {
  page: string;
  anchor: string;
  answer: Answer;
  text: string;
  /** YYYY-MM-DD */
  date: string;
}

/** A search that found nothing: the scrubbed term and the day. */
export interface NoResultSearch {
  term: string;
  date: string;
}

export interface Store {
  /** Resolves once the vote is durably stored: only then is the citizen answered 2xx. */
  addVote(vote: Vote): Promise<void>;
  addSearch(search: NoResultSearch): Promise<void>;
  votes(): Promise<Vote[]>;
  searches(since: string): Promise<NoResultSearch[]>;
  /** Deletes votes and searches dated before `day`; returns how many went. */
  deleteBefore(day: string): Promise<number>;
  /** Throws when the database cannot be reached (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
