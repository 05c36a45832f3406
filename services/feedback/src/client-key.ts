// The rate limit's key for a client: an HMAC of its address under a random key that is replaced
// every day and never written anywhere, so the limiter's memory holds no address and yesterday's
// keys cannot be linked to today's.
import { createHmac, randomBytes } from "node:crypto";
import { swedishDay } from "./day.ts";

export function clientKeys(now: () => Date = () => new Date()): (address: string) => string {
  let day = "";
  let secret = randomBytes(32);
  return (address) => {
    const today = swedishDay(now());
    if (today !== day) {
      day = today;
      secret = randomBytes(32);
    }
    return createHmac("sha256", secret).update(address).digest("base64url").slice(0, 22);
  };
}
