// The only bodies the receiver reads: JSON (the site's script) and a plain form post (no
// JavaScript), at most 2 kB, valid UTF-8. Every other type is answered 415 by Fastify. Parse
// errors say nothing of the body, so no citizen's text reaches a log line.
import type { FastifyInstance } from "fastify";

export const bodyLimit = 2048;

const utf8 = new TextDecoder("utf-8", { fatal: true });

class BadBody extends Error {
  statusCode = 400;
  code = "FEEDBACK_BAD_BODY";
}

function text(body: Buffer): string {
  try {
    return utf8.decode(body);
  } catch {
    throw new BadBody("the body is not valid UTF-8");
  }
}

/** application/x-www-form-urlencoded, strictly: invalid UTF-8 in %XX and repeated fields refused. */
export function parseForm(source: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const pair of source.split("&")) {
    if (!pair) continue;
    const [name = "", value = ""] = pair.split("=", 2).map((part) => {
      try {
        return decodeURIComponent(part.replace(/\+/g, " "));
      } catch {
        throw new BadBody("the form is not valid UTF-8");
      }
    });
    if (Object.hasOwn(fields, name)) throw new BadBody("a form field is repeated");
    fields[name] = value;
  }
  return fields;
}

export function registerBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    "application/json",
    { parseAs: "buffer", bodyLimit },
    (_r, body, done) => {
      try {
        done(null, JSON.parse(text(body as Buffer)));
      } catch (error) {
        done(error instanceof BadBody ? error : new BadBody("the body is not JSON"), undefined);
      }
    },
  );
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "buffer", bodyLimit },
    (_r, body, done) => {
      try {
        done(null, parseForm(text(body as Buffer)));
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
}
