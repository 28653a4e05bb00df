import type { ClaimStatus } from "../claims/status";

/** How each rated status reads on schema.org's 1–5 scale (1 = false, 5 = true). */
export const ratings: Partial<Record<ClaimStatus, number>> = {
  refuted: 1,
  disputed: 3,
  confirmed: 5,
};

const ORGANISATION =
  /\b(ministry|department|agency|government|authority|authorities|police|army|military|office|council|company|corporation|inc|ltd|plc|union|party|committee|court|bank|university|commission|organi[sz]ation|institute|association|federation|group|club|embassy|spokes(man|woman|person) for)\b/i;

/** A claimant as schema.org sees it: an Organization when the name says so, else a Person. */
function claimAuthor(claimant: { name: string; description: string | null }) {
  const type = ORGANISATION.test(claimant.name) ? "Organization" : "Person";
  return {
    "@type": type,
    name: claimant.name,
    ...(claimant.description && type === "Person" ? { jobTitle: claimant.description } : {}),
  };
}

export interface ClaimReviewInput {
  claim: {
    id: string;
    text: string;
    status: ClaimStatus;
    status_label: string;
    claimant: { name: string; description: string | null } | null;
  };
  article: {
    url: string;
    title: string;
    outlet: string | null;
    published_at: string | null;
    created_at: string;
  };
  /** When the claim got its current rating. */
  ratedAt: string;
  /** Where the review can be read: the claim's embed page. */
  reviewUrl: string;
  publisher: { name: string; url: string };
}

/**
 * schema.org ClaimReview for a rated claim, with the properties Google's
 * fact-check structured-data guidelines ask for; null when the claim's status
 * carries no rating (unverified, under review).
 */
export function claimReview({ claim, article, ratedAt, reviewUrl, publisher }: ClaimReviewInput) {
  const rating = ratings[claim.status];
  if (!rating) return null;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: reviewUrl,
    claimReviewed: claim.text,
    datePublished: ratedAt.slice(0, 10),
    author: { "@type": "Organization", name: publisher.name, url: publisher.url },
    reviewRating: {
      "@type": "Rating",
      ratingValue: rating,
      bestRating: 5,
      worstRating: 1,
      alternateName: claim.status_label,
    },
    itemReviewed: {
      "@type": "Claim",
      ...(claim.claimant
        ? { author: claimAuthor(claim.claimant) }
        : article.outlet
          ? { author: { "@type": "Organization", name: article.outlet } }
          : {}),
      datePublished: (article.published_at ?? article.created_at).slice(0, 10),
      appearance: {
        "@type": "CreativeWork",
        url: article.url,
        headline: article.title,
        ...(article.outlet ? { publisher: { "@type": "Organization", name: article.outlet } } : {}),
      },
    },
  };
}

/** JSON for inside a <script type="application/ld+json">: nothing in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}
