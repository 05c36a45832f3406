// The findability benchmark's queries on a site of many FAQ pages (tests/fixtures/many-pages/,
// issue 26): how citizens ask about vård av barn, föräldrapenning, underhållsstöd, aktivitetsstöd,
// sjukpenning and bostadsbidrag beside the support page, the same questions in another word order,
// and what none of the pages answers. The support page's own queries that it still answers apply.
import { type BenchmarkQuery, benchmarkQueries, type QueryKind } from "./search-queries.ts";

const q = (kind: QueryKind, query: string, ...answers: string[]): BenchmarkQuery => ({
  query,
  kind,
  answers,
});

const vabDeadline = "sista-dag-att-ansoka";
const vabReport = "anmala-vab";
const vabBaby = "spadbarn";
const vabAmount = "hur-mycket-vab";
const vabOlder = "barn-over-12";
const vabCertificate = "lakarintyg-barn";
const vabSchool = "intyg-fran-forskolan";
const parentalDays = "hur-manga-dagar";
const parentalGive = "overlata-dagar";
const parentalSave = "spara-dagar";
const parentalApply = "nar-ansoka";
const parentalTogether = "dubbeldagar";
const parentalAmount = "belopp";
const parentalSick = "sjuk-under-ledigheten";
const maintenanceWho = "vem-kan-fa-underhallsstod";
const maintenance18 = "efter-18-ar";
const maintenanceUnpaid = "andra-foraldern-betalar-inte";
const maintenanceAmount = "belopp-underhallsstod";
const activityReport = "tidrapport";
const activitySick = "sjuk-under-programmet";
const activityPaid = "nar-kommer-pengarna";
const activityTax = "skatt";
const sickReport = "anmala-sjuk";
const sickCertificate = "lakarintyg-sjuk";
const sickAmount = "hur-mycket-sjukpenning";
const sickDeduction = "karensavdrag";
const housingWho = "vem-kan-fa-bostadsbidrag";
const housingMove = "flytta";
const housingRepay = "betala-tillbaka";

/** The new pages' queries; each reordered query is another one's words in another order. */
export const newPagesQueries: BenchmarkQuery[] = [
  q("egna ord", "karensavdrag", sickDeduction),
  q("egna ord", "dubbeldagar", parentalTogether),
  q("egna ord", "tidrapport", activityReport, activityPaid),
  q("egna ord", "underhållsstöd", maintenanceWho, maintenanceAmount, maintenance18),
  q("egna ord", "bostadsbidrag", housingWho, housingMove, housingRepay),
  q("mening", "sista dag att ansöka om vab", vabDeadline),
  q("mening", "hur mycket får man när man vabbar", vabAmount),
  q("mening", "bebis 6 månader sjuk", vabBaby),
  q("mening", "hur många dagar föräldrapenning får man", parentalDays),
  q("mening", "kan jag ge bort mina dagar till pappan", parentalGive),
  q("mening", "hur länge kan man spara föräldradagar", parentalSave),
  q("mening", "när ska jag söka föräldrapenning", parentalApply),
  q("mening", "kan båda föräldrarna vara hemma samtidigt", parentalTogether),
  q("mening", "hur mycket föräldrapenning får man per dag", parentalAmount),
  q("mening", "jag blev sjuk under föräldraledigheten", parentalSick),
  q("mening", "pappan betalar inte underhåll", maintenanceUnpaid, maintenanceWho),
  q("mening", "får mitt barn underhållsstöd när hon fyllt 18", maintenance18),
  q("mening", "hur mycket är underhållsstödet per månad", maintenanceAmount),
  q("mening", "när kommer pengarna för aktivitetsstöd", activityPaid),
  q("mening", "drar ni skatt på aktivitetsstödet", activityTax),
  q("mening", "jag är sjuk och går på ett program hos arbetsförmedlingen", activitySick),
  q("mening", "hur sjukanmäler jag mig", sickReport),
  q("mening", "när behövs läkarintyg för barnet", vabCertificate),
  q("mening", "behöver jag läkarintyg när jag är sjuk", sickCertificate),
  q("mening", "hur mycket får jag i sjukpenning", sickAmount),
  q("mening", "vab för barn som är 13 år", vabOlder),
  q("mening", "måste jag söka nytt bostadsbidrag när jag flyttar", housingMove),
  q("mening", "varför ska jag betala tillbaka bostadsbidraget", housingRepay),
  q("synonym", "vabba", vabReport, vabAmount),
  q("synonym", "dagis intyg vab", vabSchool),
  q("synonym", "karensdag", sickDeduction),
  q("synonym", "hyresbidrag", housingWho),
  q("synonym", "förlängt underhållsstöd gymnasiet", maintenance18),
  q("ordform", "tidrapporten", activityReport),
  q("ordform", "föräldrapenningen", parentalAmount, parentalDays, parentalApply, parentalSick),
  q("ordform", "sjukanmälan", sickReport),
  q("stavfel", "karensavdarg", sickDeduction),
  q("stavfel", "underhållstöd", maintenanceWho, maintenanceAmount, maintenance18),
  q("stavfel", "bostadsbidarg", housingWho, housingMove, housingRepay),
  q("omkastad", "ansöka om vab sista dag", vabDeadline),
  q("omkastad", "vab sista dag ansöka", vabDeadline),
  q("omkastad", "när man vabbar hur mycket får man", vabAmount),
  q("omkastad", "sjuk bebis 6 månader", vabBaby),
  q("omkastad", "föräldrapenning per dag hur mycket", parentalAmount),
  q("omkastad", "läkarintyg barnet när behövs", vabCertificate),
];

/**
 * What none of the pages answers. "när betalas pensionen ut" and "flytta utomlands" are left out
 * here: their other words are answered (utbetalning, flytta), and the closest answers are shown.
 */
const stillUnanswered = new Set(["hur mycket får jag i barnbidrag", "tandvård", "adressändring"]);

/** The support page's queries that the sjukpenning page now answers as well. */
const alsoAnswered: Record<string, string[]> = {
  sjukpeng: [sickAmount, sickReport],
  sjukpening: [sickAmount, sickReport],
};

export const manyPagesQueries: BenchmarkQuery[] = [
  ...benchmarkQueries
    .filter((query) => query.kind !== "obesvarad" || stillUnanswered.has(query.query))
    .map((query) => ({
      ...query,
      answers: [...query.answers, ...(alsoAnswered[query.query] ?? [])],
    })),
  ...newPagesQueries,
];
