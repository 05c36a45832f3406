// The receiver over HTTP (Fastify's inject), against every test database: what it accepts, what
// it answers, what it stores, and each bad input of issue 23 refused with a 4xx and nothing stored.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { buildApp } from "../src/app.ts";
import type { Store } from "../src/store/store.ts";
import { siteOrigin, testApp, today, token, vote } from "./fixtures.ts";
import { testDatabases } from "./stores.ts";

type App = Awaited<ReturnType<typeof buildApp>>;

const json = { "content-type": "application/json", origin: siteOrigin };
const form = { "content-type": "application/x-www-form-urlencoded", origin: siteOrigin };

for (const database of testDatabases) {
  describe(`the receiver on ${database.name}`, () => {
    let store: Store;
    let app: App;
    before(async () => {
      store = await database.open();
      // The flood test below has its own limit; here every request must reach the checks.
      app = await testApp(store, { rateLimit: 1000 });
    });
    after(async () => {
      await app.close();
      await store.close();
    });

    const post = (body: string | Buffer, headers: Record<string, string> = json, url = "/votes") =>
      app.inject({ method: "POST", url, headers, payload: body });

    /** Posts `body`, expects `status`, and checks that nothing more was stored. */
    async function refused(
      status: number,
      body: string | Buffer,
      headers: Record<string, string> = json,
      url = "/votes",
    ) {
      const [votes, searches] = [
        (await store.votes()).length,
        (await store.searches(today)).length,
      ];
      const response = await post(body, headers, url);
      assert.equal(response.statusCode, status, response.body);
      assert.equal((await store.votes()).length, votes);
      assert.equal((await store.searches(today)).length, searches);
      return response;
    }

    it("stores a JSON vote as the site sends it, and allows the site's origin to read the answer", async () => {
      const response = await post(JSON.stringify(vote));
      assert.equal(response.statusCode, 204);
      assert.equal(response.headers["access-control-allow-origin"], siteOrigin);
      assert.deepEqual(await store.votes(), [vote]);
    });

    it("answers the CORS preflight for the site's origin only", async () => {
      const ask = (origin: string) =>
        app.inject({
          method: "OPTIONS",
          url: "/votes",
          headers: {
            origin,
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type",
          },
        });
      const allowed = await ask(siteOrigin);
      assert.equal(allowed.statusCode, 204);
      assert.equal(allowed.headers["access-control-allow-origin"], siteOrigin);
      assert.match(String(allowed.headers["access-control-allow-methods"]), /POST/);
      assert.match(String(allowed.headers["access-control-allow-headers"]), /Content-Type/i);
      const other = await ask("https://evil.example");
      assert.equal(other.headers["access-control-allow-origin"], undefined);
    });

    it("takes the plain form post, stamps the day, and sends the citizen back to the question", async () => {
      const before = (await store.votes()).length;
      const response = await post("page=%2Fsupport%2F&anchor=bankid&answer=ja&text=", form);
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, `${siteOrigin}/support/#bankid`);
      const votes = await store.votes();
      assert.equal(votes.length, before + 1);
      assert.deepEqual(votes.at(-1), {
        page: "/support/",
        anchor: "bankid",
        answer: "ja",
        text: "",
        date: today,
      });
    });

    it("refuses a form post with a personnummer in Swedish, with the way back", async () => {
      const response = await refused(
        422,
        "page=%2Fsupport%2F&anchor=bankid&answer=nej&text=mitt+nummer+19850412-1234",
        form,
      );
      assert.match(response.headers["content-type"] ?? "", /text\/html/);
      assert.match(response.body, /personnummer/);
      assert.match(response.body, /href="https:\/\/faq\.example\.se\/support\/#bankid"/);
    });

    it("stores a search with no result as its term and the day only", async () => {
      const response = await post(
        JSON.stringify({ term: "Föräldrapenning  Utomlands" }),
        json,
        "/searches",
      );
      assert.equal(response.statusCode, 204);
      assert.deepEqual(await store.searches(today), [
        { term: "föräldrapenning utomlands", date: today },
      ]);
    });

    describe("refuses each bad input with a 4xx and stores nothing", () => {
      const with_ = (change: Record<string, unknown>) => JSON.stringify({ ...vote, ...change });
      it("a wrong origin, or none", async () => {
        await refused(403, JSON.stringify(vote), { ...json, origin: "https://evil.example" });
        await refused(403, JSON.stringify(vote), { "content-type": "application/json" });
        await refused(
          403,
          JSON.stringify({ term: "bostadsbidrag" }),
          { ...json, origin: "null" },
          "/searches",
        );
      });
      it("a wrong content type", async () => {
        await refused(415, JSON.stringify(vote), { ...json, "content-type": "text/plain" });
        await refused(415, JSON.stringify(vote), {
          ...json,
          "content-type": "multipart/form-data; boundary=x",
        });
      });
      it("a body over 2 kB", async () => {
        await refused(413, with_({ text: "a".repeat(2100) }));
      });
      it("unknown fields", async () => {
        await refused(400, with_({ email: "x" }));
        await refused(400, "page=%2Fsupport%2F&anchor=bankid&answer=ja&id=1", form);
        await refused(400, JSON.stringify({ term: "bostadsbidrag", page: "/" }), json, "/searches");
      });
      it("an answer that is not ja or nej", async () => {
        await refused(400, with_({ answer: "kanske" }));
        await refused(400, with_({ answer: "JA" }));
        await refused(400, with_({ answer: 1 }));
      });
      it("a page or an anchor that does not exist on the site", async () => {
        await refused(422, with_({ page: "/finns-inte/" }));
        await refused(422, with_({ anchor: "finns-inte" }));
        await refused(400, with_({ page: "https://evil.example/" }));
      });
      it("text over 500 characters", async () => {
        await refused(422, with_({ text: "ö".repeat(501) }));
      });
      it("a personnummer, with and without dash, with century", async () => {
        for (const number of [
          "850412-1234",
          "8504121234",
          "19850412-1234",
          "198504121234",
          "850472+1234",
        ]) {
          await refused(422, with_({ text: `mitt nummer är ${number}` }));
        }
        await refused(422, JSON.stringify({ term: "19850412-1234" }), json, "/searches");
      });
      it("an e-mail address", async () => {
        await refused(422, with_({ text: "svara till anna.andersson@example.se" }));
        await refused(422, JSON.stringify({ term: "anna@example.se" }), json, "/searches");
      });
      it("a phone number", async () => {
        for (const number of ["070-123 45 67", "+46 70 123 45 67", "08-123 456 78", "0701234567"]) {
          await refused(422, with_({ text: `ring ${number}` }));
        }
      });
      it("invalid UTF-8", async () => {
        const bytes = Buffer.concat([
          Buffer.from('{"page":"/support/","anchor":"bankid","answer":"nej","text":"'),
          Buffer.from([0xc3, 0x28, 0xff]),
          Buffer.from(`","date":"${today}"}`),
        ]);
        await refused(400, bytes);
        await refused(400, "page=%2Fsupport%2F&anchor=bankid&answer=nej&text=%FF%FE", form);
        await refused(400, with_({ text: "\ud800" }));
      });
      it("malformed JSON, a date that is not the citizen's day, a missing field", async () => {
        await refused(400, "{");
        await refused(422, with_({ date: "2020-01-01" }));
        await refused(422, with_({ date: "2026-02-30" }));
        const { date: _date, ...undated } = vote;
        await refused(400, JSON.stringify(undated));
        await refused(400, JSON.stringify([vote]));
      });
    });

    it("refuses a flood from one client over the limit, and keeps serving others", async () => {
      const limited = await testApp(store, { rateLimit: 3 });
      const from = (remoteAddress: string) =>
        limited.inject({
          method: "POST",
          url: "/searches",
          headers: json,
          remoteAddress,
          payload: JSON.stringify({ term: "bostadsbidrag" }),
        });
      const before = (await store.searches(today)).length;
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await from("203.0.113.7")).statusCode);
      assert.deepEqual(statuses, [204, 204, 204, 429, 429]);
      assert.equal((await from("203.0.113.8")).statusCode, 204);
      assert.equal((await store.searches(today)).length, before + 4);
      await limited.close();
    });

    it("exports the votes behind the token only", async () => {
      assert.equal((await app.inject({ url: "/export" })).statusCode, 401);
      const wrong = await app.inject({ url: "/export", headers: { authorization: "Bearer nope" } });
      assert.equal(wrong.statusCode, 401);
      const response = await app.inject({
        url: "/export",
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), await store.votes());
      const searches = await app.inject({
        url: `/export/searches?since=${today}`,
        headers: { authorization: `Bearer ${token}` },
      });
      assert.deepEqual(searches.json()[0], { term: "föräldrapenning utomlands", date: today });
    });

    it("is healthy and ready while its database answers", async () => {
      assert.equal((await app.inject({ url: "/health" })).statusCode, 200);
      assert.deepEqual((await app.inject({ url: "/ready" })).json(), { status: "ready" });
    });
  });
}
