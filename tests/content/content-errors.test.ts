// One small content tree per editor mistake: each is reported in Swedish on one line naming the
// file and line, what is wrong and what to do, with the concrete suggestion where there is one.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  adviceOf,
  problemObjectsOf,
  problemsOf,
  treeWith,
  validTree,
} from "../../scripts/fuzz/content-tree.ts";

const question = (front: string, body = "Ett svar.") => `---\n${front}\n---\n\n${body}\n`;
const page = (sections: string, extra = "") =>
  `---\ntitle: Frågor om p\ndescription: Svar om p.\nupdated: 2024-12-04\nsections:\n${sections}\n${extra}---\n\nInledning.\n`;
const sectionsAB = "  - id: a\n    title: A\n  - id: b\n    title: B";

/** Asserts that the tree has exactly the given problem lines. */
async function expectProblems(changes: Record<string, string | null>, expected: string[]) {
  assert.deepEqual(await problemsOf(treeWith(changes)), expected);
}

/** Asserts the tree's problem lines and the suggestion of each. */
async function expectAdvice(
  changes: Record<string, string | null>,
  expected: Array<{ line: string; suggestion?: string }>,
) {
  assert.deepEqual(await adviceOf(treeWith(changes)), expected);
}

describe("loadContent reports, in Swedish", () => {
  it("nothing for the valid tree", async () => {
    assert.deepEqual(await problemsOf(validTree), []);
  });

  it("a missing field, naming the field and showing a line to add", async () => {
    await expectAdvice({ "p/a/one.md": question("order: 10") }, [
      {
        line: 'p/a/one.md: Fältet "question" saknas. Lägg till det, till exempel så här: question: Hur loggar jag in på Mina sidor?',
        suggestion: "question: Hur loggar jag in på Mina sidor?",
      },
    ]);
  });

  it("an order that is not a whole number, with the number meant where it can tell", async () => {
    await expectAdvice({ "p/a/one.md": question("question: Fråga?\norder: tio") }, [
      {
        line: 'p/a/one.md:3: Fältet "order" ska vara ett heltal, men här står "tio". Skriv 10.',
        suggestion: "10",
      },
    ]);
    await expectAdvice({ "p/a/one.md": question("question: Fråga?\norder: 1.5") }, [
      {
        line: 'p/a/one.md:3: Fältet "order" ska vara ett heltal, men här står 1.5. Skriv ett heltal med siffror, till exempel 30.',
      },
    ]);
  });

  it("a missing or mistyped page field, with its place in a list", async () => {
    await expectProblems(
      {
        "p/index.md":
          "---\ndescription: Svar.\nupdated: 2024-12-04\nsections:\n  - id: a\n    title: A\n  - b\n---\n",
      },
      [
        'p/index.md: Fältet "title" saknas. Lägg till det, till exempel så här: title: Vanliga frågor och svar om …',
        'p/index.md:7: Sektion 2 under "sections" ska vara en sektion med fälten "id" och "title", ett "namn: värde" per rad, men här står "b". Skriv fälten som i guidens exempel.',
      ],
    );
  });

  it("a colon in a text, with the line rewritten in quotes", async () => {
    await expectAdvice({ "p/a/one.md": question("order: 10\nquestion: Vad gäller: bank-id?") }, [
      {
        line: 'p/a/one.md:3: Front matter går inte att läsa på den här raden. Oftast beror det på att en text innehåller ": ", som i front matter skiljer fältets namn från värdet. Sätt texten inom citattecken: question: "Vad gäller: bank-id?". Kontrollera också att listor och fält i listor är indragna med mellanslag som i guiden.',
        suggestion: 'question: "Vad gäller: bank-id?"',
      },
    ]);
  });

  it("an unclosed quote, with the line closed", async () => {
    const [found] = await problemObjectsOf(
      treeWith({ "p/a/one.md": question('question: "Fråga?\norder: 10') }),
    );
    assert.equal(found?.code, "yaml-unclosed-quote");
    assert.match(
      found?.message ?? "",
      /^Ett citattecken stängs aldrig i front matter\. Avsluta texten/,
    );
  });

  it("a field written twice", async () => {
    await expectProblems({ "p/a/one.md": question("question: Fråga?\norder: 10\norder: 20") }, [
      'p/a/one.md:4: Fältet "order" står två gånger i front matter. Behåll bara det ena: ta bort den här raden eller den tidigare.',
    ]);
  });

  it("a file without front matter, and front matter that never ends, saying where to end it", async () => {
    await expectProblems({ "p/a/one.md": "Bara ett svar.\n" }, [
      'p/a/one.md:1: Filen saknar front matter. Börja filen med en rad "---", sedan fälten (som question: och order:) en per rad, och sedan en rad "---". Svaret skrivs under den andra raden "---".',
    ]);
    await expectProblems({ "p/a/one.md": "---\nquestion: Fråga?\norder: 10\n\nSvar.\n" }, [
      'p/a/one.md:4: Front matter tar aldrig slut: raden "---" efter det sista fältet saknas. Lägg till en rad "---" efter det sista fältet, före rad 4, så att svaret står under den.',
    ]);
  });

  it("front matter that is a list instead of fields", async () => {
    await expectProblems({ "p/a/one.md": question("- Fråga?\n- 10") }, [
      'p/a/one.md: Front matter ska vara fält, ett "namn: värde" per rad, men här står en lista. Skriv fälten som i guidens exempel.',
    ]);
  });

  it("an unknown field, suggesting the field a typo or a Swedish word means", async () => {
    await expectAdvice(
      { "p/a/one.md": question("question: Fråga?\norder: 10\nupdatd: 2024-12-04") },
      [
        {
          line: 'p/a/one.md:4: Fältet "updatd" finns inte. Menade du "updated"? Byt namnet till updated.',
          suggestion: "updated",
        },
      ],
    );
    // "fråga:" for "question:" is one mistake, reported once: not also as "question is missing".
    const swedish = await adviceOf(
      treeWith({ "p/a/one.md": question("fråga: Fråga?\nordning: 10\nuppdaterad: 2024-12-04") }),
    );
    assert.deepEqual(swedish, [
      {
        line: 'p/a/one.md:2: Fältet "fråga" finns inte. Menade du "question"? Byt namnet till question.',
        suggestion: "question",
      },
      {
        line: 'p/a/one.md:3: Fältet "ordning" finns inte. Menade du "order"? Byt namnet till order.',
        suggestion: "order",
      },
      {
        line: 'p/a/one.md:4: Fältet "uppdaterad" finns inte. Menade du "updated"? Byt namnet till updated.',
        suggestion: "updated",
      },
    ]);
    await expectAdvice(
      {
        "p/index.md": page("  - id: a\n    rubrik: A\n  - id: b\n    title: B").replace(
          "title: Frågor om p",
          "titel: Frågor om p",
        ),
      },
      [
        {
          line: 'p/index.md:2: Fältet "titel" finns inte. Menade du "title"? Byt namnet till title.',
          suggestion: "title",
        },
        {
          line: 'p/index.md:7: Fältet "rubrik" i sektion 1 under "sections" finns inte. Menade du "title"? Byt namnet till title.',
          suggestion: "title",
        },
      ],
    );
  });

  it("an unknown field with no near name, listing the known ones", async () => {
    await expectProblems(
      { "p/a/one.md": question("question: Fråga?\norder: 10\nförfattare: Anna") },
      [
        'p/a/one.md:4: Fältet "författare" finns inte och används inte. Ta bort raden med "författare". De fält som finns här är question, order, updated, sokord och tidigare.',
      ],
    );
  });

  it("a section folder not listed in sections, with the lines to add", async () => {
    await expectAdvice({ "p/c/three.md": question("question: Tre?\norder: 10") }, [
      {
        line: 'p/c: Mappen "c" står inte i "sections" i p/index.md, så frågorna i den publiceras inte. Lägg till sektionen i "sections" där den ska visas (- id: c och title: med sektionens rubrik), eller flytta frågorna till en sektion som finns.',
        suggestion: "- id: c\n  title: C",
      },
    ]);
  });

  it("a listed section without a folder, suggesting an unlisted folder with a near name", async () => {
    await expectProblems({ "p/index.md": page(`${sectionsAB}\n  - id: c\n    title: C`) }, [
      'p/index.md:10: "sections" har sektionen "c", men mappen p/c/ finns inte. Skapa mappen och lägg sektionens frågor där, eller ta bort sektionen ur "sections".',
    ]);
    const advice = await adviceOf(
      treeWith({
        "p/index.md": page(`${sectionsAB}\n  - id: blanketer\n    title: Blanketter`),
        "p/blanketter/x.md": question("question: X?\norder: 10"),
      }),
    );
    assert.equal(advice[1]?.suggestion, "blanketter");
    assert.match(
      advice[1]?.line ?? "",
      /^p\/index\.md:10: .* Menade du mappen "blanketter"\? Skriv då id: blanketter\./,
    );
  });

  it("a duplicate order within a section, naming the next free number and the one that puts it last", async () => {
    await expectAdvice(
      {
        "p/a/three.md": question("question: Tre?\norder: 11"),
        "p/a/zero.md": question("question: Noll?\norder: 10"),
      },
      [
        {
          line: 'p/a/zero.md:3: Fältet "order" är 10, samma som i p/a/one.md. Varje fråga i en sektion behöver ett eget nummer: 12 är ledigt och placerar frågan direkt efter den andra, 20 placerar den sist.',
          suggestion: "12",
        },
      ],
    );
  });

  it("a duplicate section id", async () => {
    await expectProblems({ "p/index.md": page(`${sectionsAB}\n  - id: a\n    title: A igen`) }, [
      'p/index.md:10: Sektionen "a" står två gånger i "sections". Ge varje sektion ett eget id, eller ta bort den ena.',
    ]);
  });

  it("two questions of one page with the same file name, so the same anchor", async () => {
    await expectProblems({ "p/b/one.md": question("question: Ett igen?\norder: 20") }, [
      'p/b/one.md: Filnamnet ger ankaret "#one", som redan används av p/a/one.md på samma sida. Varje fråga och sektion på en sida behöver ett eget ankare: döp om en av filerna.',
    ]);
  });

  it("an empty answer, on the line where it belongs", async () => {
    await expectProblems({ "p/a/one.md": question("question: Fråga?\norder: 10", "  ") }, [
      'p/a/one.md:5: Frågan har inget svar. Skriv svaret under front matter, efter den andra raden "---".',
    ]);
  });

  it("a date that is not a real YYYY-MM-DD date, with the date meant", async () => {
    await expectAdvice(
      { "p/a/one.md": question("question: Fråga?\norder: 10\nupdated: 2024-02-30") },
      [
        {
          line: 'p/a/one.md:4: Fältet "updated" ska vara ett datum som finns, skrivet år-månad-dag (ÅÅÅÅ-MM-DD), men här står "2024-02-30". Skriv 2024-02-29.',
          suggestion: "2024-02-29",
        },
      ],
    );
    await expectAdvice(
      { "p/b/two.md": question("question: Två?\norder: 10\nupdated: 4 december 2024") },
      [
        {
          line: 'p/b/two.md:4: Fältet "updated" ska vara ett datum som finns, skrivet år-månad-dag (ÅÅÅÅ-MM-DD), men här står "4 december 2024". Skriv 2024-12-04.',
          suggestion: "2024-12-04",
        },
      ],
    );
    await expectAdvice({ "p/b/two.md": question("question: Två?\norder: 10\nupdated: igår") }, [
      {
        line: 'p/b/two.md:4: Fältet "updated" ska vara ett datum som finns, skrivet år-månad-dag (ÅÅÅÅ-MM-DD), men här står "igår". Skriv till exempel 2024-12-04.',
      },
    ]);
  });

  it("names that are not lower-case ASCII letters, digits and hyphens, with the name the rule accepts", async () => {
    await expectAdvice({ "p/a/Ny Fråga.md": question("question: Ny fråga?\norder: 20") }, [
      {
        line: 'p/a/Ny Fråga.md: Filnamnet "Ny Fråga.md" kan inte bli frågans ankare (länk). Använd bara små bokstäver a–z, siffror och bindestreck, och skriv å, ä och ö som a, a och o: döp om filen till "ny-fraga.md".',
        suggestion: "ny-fraga.md",
      },
    ]);
    const renamed = { ...validTree, "p/index.md": null, "p/a/one.md": null, "p/b/two.md": null };
    await expectAdvice(
      {
        ...renamed,
        "Övrigt/index.md": page("  - id: a\n    title: A"),
        "Övrigt/a/one.md": question("question: Fråga?\norder: 10"),
      },
      [
        {
          line: 'Övrigt: Mappnamnet "Övrigt" kan inte bli sidans adress. Använd bara små bokstäver a–z, siffror och bindestreck, och skriv å, ä och ö som a, a och o: döp om mappen till "ovrigt".',
          suggestion: "ovrigt",
        },
      ],
    );
    await expectAdvice(
      { "p/index.md": page("  - id: a\n    title: A\n  - id: Blanketter\n    title: B") },
      [
        {
          line: 'p/index.md:8: Fältet "id" i sektion 2 under "sections" får bara innehålla små bokstäver a–z, siffror och bindestreck, men här står "Blanketter". Skriv blanketter, och ge sektionens mapp samma namn.',
          suggestion: "blanketter",
        },
        {
          line: 'p/index.md:8: "sections" har sektionen "Blanketter", men mappen p/Blanketter/ finns inte. Skapa mappen och lägg sektionens frågor där, eller ta bort sektionen ur "sections".',
        },
      ].slice(0, 1),
    );
  });

  it("links to a page or #anchor of the site that does not exist, listing the nearest anchors", async () => {
    await expectAdvice(
      {
        "p/a/one.md": question(
          "question: Fråga?\norder: 10",
          "Se [x](/kakr/) och [z](/saknas/) och\n[y](/p/#tw).",
        ),
      },
      [
        {
          line: 'p/a/one.md:6: Länken "/kakr/" går till en sida som inte finns på webbplatsen. Menade du "/kakor/"? Kontrollera adressen: sidornas adresser slutar med "/".',
          suggestion: "/kakor/",
        },
        {
          line: 'p/a/one.md:6: Länken "/saknas/" går till en sida som inte finns på webbplatsen. Kontrollera adressen: sidornas adresser slutar med "/".',
        },
        {
          line: 'p/a/one.md:7: Länken "/p/#tw" går till ankaret "#tw", men på /p/ finns ingen fråga eller sektion med det ankaret. Frågan kan ha bytt namn, flyttats eller tagits bort. Närmast finns #two, #a och #b. Ankaret är frågefilens namn utan .md.',
          suggestion: "/p/#two",
        },
      ],
    );
  });

  it("an external link without https://, with the address to write", async () => {
    await expectAdvice(
      {
        "p/a/one.md": question(
          "question: Fråga?\norder: 10",
          "Se [x](http://example.se/) och [y](www.example.se).",
        ),
      },
      [
        {
          line: 'p/a/one.md:6: Länken "http://example.se/" är inte säker. Länkar till andra webbplatser ska börja med https://: skriv "https://example.se/" och kontrollera att sidan finns på den adressen.',
          suggestion: "https://example.se/",
        },
        {
          line: 'p/a/one.md:6: Länken "www.example.se" är varken en hel adress eller en sida på webbplatsen. Skriv hela adressen: "https://www.example.se", eller en sökväg på webbplatsen som /sidan/#fragan.',
          suggestion: "https://www.example.se",
        },
      ],
    );
    await expectAdvice(
      {
        "p/index.md": page(
          sectionsAB,
          "related:\n  - heading: Mer\n    links:\n      - text: Exempel\n        url: http://example.se/\n",
        ),
      },
      [
        {
          line: 'p/index.md:14: Fältet "url" i länk 1 i grupp 1 under "related" ska vara en hel adress som börjar med https://, men här står "http://example.se/". Skriv https://example.se/.',
          suggestion: "https://example.se/",
        },
      ],
    );
  });

  it("raw HTML and HTML comments, naming every tag and rewriting simple HTML as Markdown", async () => {
    await expectAdvice(
      {
        "p/a/one.md": question(
          "question: Fråga?\norder: 10",
          'Text <script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<!-- anteckning -->\n\n<p class=MsoNormal><b>Obs!</b> Läs <a href="https://example.se/">mer</a>.<br>Sedan <i>klart</i>.</p>',
        ),
      },
      [
        {
          line: "p/a/one.md:6: Svaret innehåller HTML (<script>), som inte visas som formatering utan som text på sidan. Skriv Markdown i stället, till exempel **fetstil**, [länktext](https://…) eller en lista med - i början av raden.",
        },
        {
          line: "p/a/one.md:8: Svaret innehåller HTML (<img>), som inte visas som formatering utan som text på sidan. Skriv Markdown i stället, till exempel **fetstil**, [länktext](https://…) eller en lista med - i början av raden.",
        },
        {
          line: 'p/a/one.md:10: Svaret innehåller en HTML-kommentar "<!--". Den döljs inte utan skulle synas som text på sidan. Ta bort den: anteckningar till andra redaktörer skriver du i pull requesten.',
        },
        {
          line: "p/a/one.md:12: Svaret innehåller HTML (<p>, <b>, <a>, <br>, <i>), som inte visas som formatering utan som text på sidan. Skriv Markdown i stället: **Obs!** Läs [mer](https://example.se/). ⏎ Sedan *klart*.",
          suggestion: "**Obs!** Läs [mer](https://example.se/).\nSedan *klart*.",
        },
      ],
    );
  });

  it("javascript:, data: and vbscript: links, however they are written", async () => {
    const body =
      "[a](javascript:alert(1))\n[b]( data:text/html,x)\n<vbscript:msgbox>\n\n[c][1]\n\n[1]: JavaScript:alert(2)";
    const message = (scheme: string) =>
      `Länken börjar med "${scheme}:", som inte är tillåtet: javascript:-, data:- och vbscript:-länkar kan köra kod hos läsaren och kommer aldrig med på webbplatsen. Länka till en https://-adress eller till en sida på webbplatsen.`;
    await expectProblems({ "p/a/one.md": question("question: Fråga?\norder: 10", body) }, [
      `p/a/one.md:6: ${message("javascript")}`,
      `p/a/one.md:7: ${message("data")}`,
      `p/a/one.md:8: ${message("vbscript")}`,
      `p/a/one.md:12: ${message("javascript")}`,
    ]);
  });

  it("a heading level that would compete with the question, with the heading rewritten", async () => {
    await expectAdvice(
      { "p/a/one.md": question("question: Fråga?\norder: 10", "## Så gör du\n\nText.") },
      [
        {
          line: 'p/a/one.md:6: Rubriken är skriven med "##" och blir lika stor som frågorna. Frågan är rubriken ovanför svaret, så rubriker i ett svar skrivs med fyra #: #### Så gör du.',
          suggestion: "#### Så gör du",
        },
      ],
    );
  });

  it("an image", async () => {
    await expectProblems(
      { "p/a/one.md": question("question: Fråga?\norder: 10", "![Knappen](knapp.png)") },
      [
        'p/a/one.md:6: Svaret har en bild ("knapp.png"), men sidorna visar inga bilder. Beskriv i ord vad bilden visar, eller länka till en sida som visar den.',
      ],
    );
  });

  it("files the site would not publish: outside a section, not .md, nested, at the top", async () => {
    await expectAdvice(
      {
        "p/lost.md": question("question: Vilse?\norder: 10"),
        "p/a/notes.txt": "anteckningar",
        "p/a/three.MD": question("question: Tre?\norder: 30"),
        "p/a/old/four.md": question("question: Fyra?\norder: 40"),
        "p/a/bild.png": "x",
        "p/x.pdf": "x",
        "stray.md": "hej",
        "README.md": "# Guide",
        "ordlista.txt": "BankID",
        "p/a/.DS_Store": "x",
      },
      [
        {
          line: "p/a/bild.png: Filen är ingen Markdown-fil (.md) och publiceras inte. Frågor är .md-filer. Ta bort filen, eller skriv innehållet som en fråga i en .md-fil.",
        },
        {
          line: 'p/a/notes.txt: Filen publiceras inte: en frågas filnamn ska sluta på ".md" med små bokstäver. Döp om den till "notes.md".',
          suggestion: "notes.md",
        },
        {
          line: "p/a/old: Mappen ligger inne i en sektion och frågorna i den publiceras inte. Flytta frågorna upp till sektionens mapp, p/a/, och ta bort mappen.",
        },
        {
          line: 'p/a/three.MD: Filen publiceras inte: en frågas filnamn ska sluta på ".md" med små bokstäver. Döp om den till "three.md".',
          suggestion: "three.md",
        },
        {
          line: "p/lost.md: Frågan ligger direkt i sidans mapp och publiceras inte. Flytta den till en av sektionernas mappar: p/a/ och p/b/.",
        },
        {
          line: "p/x.pdf: Filen är ingen Markdown-fil och publiceras inte. I en sidas mapp ska bara index.md och sektionernas mappar ligga. Ta bort filen.",
        },
        {
          line: "stray.md: Filen ligger direkt i content/ och publiceras inte. Flytta den till en sektions mapp, content/<sida>/<sektion>/. Direkt i content/ ska bara README.md, kontakt.yml, ordlista.txt och sokord.yml ligga.",
        },
      ],
    );
  });

  it("a page folder without index.md, still checking its questions", async () => {
    await expectProblems(
      { "p/index.md": null, "p/a/one.md": question("question: Fråga?\norder: 10", "") },
      [
        'p/a/one.md:5: Frågan har inget svar. Skriv svaret under front matter, efter den andra raden "---".',
        "p/index.md: Sidans mapp saknar index.md. Varje sida behöver en index.md med title, description, updated och sections. Skapa den enligt guidens exempel.",
      ],
    );
  });

  it("every problem with its code and the guide's section", async () => {
    const problems = await problemObjectsOf(
      treeWith({
        "p/index.md": page(sectionsAB).replace("title: Frågor om p\n", ""),
        "p/a/one.md": question("question: Fråga?\norder: tio"),
        "p/b/two.md": question("question: Två?\norder: 10", "[x](#saknas)"),
      }),
    );
    assert.deepEqual(
      problems.map((p) => [p.file, p.code, p.guide]),
      [
        ["p/a/one.md", "not-whole-number", "en-frågas-fil"],
        ["p/b/two.md", "missing-anchor", "ändra-flytta-och-ta-bort-en-fråga"],
        ["p/index.md", "missing-field", "fälten-i-front-matter"],
      ],
    );
  });
});
