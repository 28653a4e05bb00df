/** The types the extraction stages pass to one another (see index.ts for the pipeline). */
import type { Entity, Registry } from "./claimants";
import type { Pattern } from "./patterns";
import type { Layout } from "./segment";

/** An article as read: its text, its layout and the registry of whoever it mentions. */
export interface Article {
  /** The body, as read (typographic quote marks; see extractClaims). */
  body: string;
  lay: Layout;
  reg: Registry;
  /** The title, cleaned of its site name ("" when there is none). */
  title: string;
}

/** A claim found but not finished: offsets into the body (or into the title, see headline.ts). */
export interface Draft {
  start: number;
  end: number;
  entity: Entity | null;
  verb: string | null;
  pattern: Pattern;
  headline?: boolean;
  /** Check-worthiness already computed for an unattributed sentence. */
  cw?: number;
}
