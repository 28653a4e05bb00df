import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/ingest/language";

// Made-up news openings, as an article's first paragraph reads. (tinyld's light model does not
// tell every short plain English paragraph: one of 190 characters scored en 0.06, es 0.03.)
const openings: [string, string][] = [
  [
    "en",
    "Port Authority figures released on Monday show that container traffic fell by nine percent in March, the steepest drop since the pandemic. Union leaders said the figures understated the losses, and that hundreds of dock workers had already been sent home without pay. The authority's chairman told reporters that the decline was temporary and that new routes to the south would bring the ships back before the summer. Shipping companies were less sure: two of the largest carriers have moved their weekly calls to a rival port, where fees are lower and the cranes are newer.",
  ],
  [
    "fr",
    "Le ministère de l'Intérieur a annoncé mardi que 240 personnes avaient été interpellées lors d'opérations menées dans douze départements. L'opposition estime que ces chiffres sont gonflés.",
  ],
  [
    "de",
    "Das Innenministerium teilte am Dienstag mit, dass bei Razzien in zwölf Bundesländern 240 Menschen festgenommen worden seien. Die Opposition hält die Zahlen für übertrieben.",
  ],
  [
    "es",
    "El Ministerio del Interior informó el martes de que 240 personas fueron detenidas en redadas en doce provincias. La oposición afirma que las cifras están infladas.",
  ],
  [
    "it",
    "Il ministero dell'Interno ha comunicato martedì che 240 persone sono state arrestate durante le operazioni in dodici province. L'opposizione sostiene che i numeri siano gonfiati.",
  ],
  [
    "pt",
    "O Ministério do Interior informou na terça-feira que 240 pessoas foram detidas em operações em doze províncias. A oposição diz que os números foram inflacionados.",
  ],
  [
    "tr",
    "İçişleri Bakanlığı salı günü yaptığı açıklamada on iki ilde düzenlenen operasyonlarda 240 kişinin gözaltına alındığını bildirdi. Muhalefet rakamların abartıldığını söyledi.",
  ],
];

describe("detectLanguage", () => {
  for (const [lang, text] of openings) {
    it(`tells ${lang} from a news opening`, () => {
      expect(detectLanguage(text)).toBe(lang);
    });
  }

  it("tells an English article whose opening is mostly names and figures", () => {
    expect(
      detectLanguage(
        "Breaking: Senator Jo Marlow (D-Ohio) on Tuesday told reporters at the Capitol that the bill would pass by Friday, according to two aides.",
      ),
    ).toBe("en");
  });

  it("tells nothing of too few letters, or of a text half in one language, half in another", () => {
    expect(detectLanguage("12 345 678 — 9 % / 2026-11-20")).toBeNull();
    const text = new Map(openings);
    expect(detectLanguage(`${text.get("fr")} ${text.get("de")}`)).toBeNull();
    expect(detectLanguage(`${text.get("es")} ${text.get("fr")}`)).toBeNull();
  });
});
