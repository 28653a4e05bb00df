import type { StatusChange } from "../../claims/change-status";
import { StatusChangeSchema } from "../claims/claims.schemas";

/** The status form as typed, kept to show it again when it cannot be saved. */
export interface StatusFormValues {
  status: string;
  reviewer: string;
  country: string;
  note: string;
  /** One URL a line. */
  evidence: string;
}

export type StatusField = keyof StatusFormValues;
export type FieldErrors = Partial<Record<StatusField, string>>;

const text = (value: unknown) => (typeof value === "string" ? value : "");

export function readStatusForm(body: Record<string, unknown>): StatusFormValues {
  return {
    status: text(body.status),
    reviewer: text(body.reviewer),
    country: text(body.country),
    note: text(body.note),
    evidence: text(body.evidence),
  };
}

/** The claim's version the form was made from (its hidden `version`), or null if absent or garbled. */
export function formVersion(body: Record<string, unknown>): number | null {
  const value = text(body.version);
  return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

/**
 * The form as the API's status change body, validated by the API's own schema
 * (`StatusChangeSchema`: statuses, reviewer for under_review, country codes, evidence
 * URLs), so the desk's rules are the API's; or the errors, by form field.
 */
export function toStatusChange(
  values: StatusFormValues,
): { change: StatusChange; errors: null } | { change: null; errors: FieldErrors } {
  const reviewer = values.reviewer.trim();
  const country = values.country.trim();
  const note = values.note.trim();
  const evidence = values.evidence
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const body = {
    status: values.status,
    ...(reviewer ? { reviewer: { name: reviewer, ...(country ? { country } : {}) } } : {}),
    ...(note ? { note } : {}),
    ...(evidence.length ? { evidence } : {}),
  };
  const errors: FieldErrors = {};
  // The API has no country without a reviewer; the form would otherwise drop it silently.
  if (country && !reviewer) errors.country = "Give the reviewer's name with the country";
  const parsed = StatusChangeSchema.safeParse(body);
  if (parsed.success && !errors.country) return { change: parsed.data, errors: null };
  for (const issue of parsed.error?.issues ?? []) {
    const [head, second] = issue.path;
    if (head === "status") errors.status ??= "Choose one of the statuses";
    else if (head === "reviewer" && second === "country") errors.country ??= issue.message;
    else if (head === "reviewer" && second === undefined) {
      errors.reviewer ??= "Give the reviewer: required when the status is under review";
    } else if (head === "reviewer") errors.reviewer ??= `The reviewer's name: ${issue.message}`;
    else if (head === "note") errors.note ??= issue.message;
    else if (head === "evidence" && typeof second === "number") {
      errors.evidence ??= `URL ${second + 1} (${evidence[second]}): ${issue.message}`;
    } else if (head === "evidence") errors.evidence ??= issue.message;
  }
  return { change: null, errors };
}
