import { call, json } from "../helpers";

/** One operation of the served OpenAPI description (which the route registry generates). */
export interface ContractOperation {
  method: string;
  /** OpenAPI path template, e.g. /v1/claims/{id}. */
  path: string;
  operationId?: string;
  /** Absent: the document's default (none); `[]`: public; a scheme with scopes: those roles. */
  security?: Record<string, string[]>[];
  parameters: { name: string; in: string; required?: boolean; schema?: Record<string, unknown> }[];
  /** Top-level JSON body fields, or null without a body. */
  fields: string[] | null;
  responses: Record<string, { content?: Record<string, unknown> }>;
}

type Schema = { $ref?: string; properties?: Record<string, unknown>; allOf?: Schema[] };

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Omit<ContractOperation, "method" | "path" | "fields">>>;
  components?: { schemas?: Record<string, Schema>; securitySchemes?: Record<string, unknown> };
}

export async function openApiDocument(): Promise<OpenApiDocument> {
  return json<OpenApiDocument>(await call("GET", "/openapi.json"));
}

/**
 * Every operation of `/openapi.json`: the tests that must cover every route
 * (fuzzing, the authorization matrix) take their list from here, so a route
 * added later is covered the moment it is declared with createRoute.
 */
export async function contractOperations(): Promise<ContractOperation[]> {
  const doc = await openApiDocument();
  const resolve = (schema: Schema | undefined): Schema | undefined =>
    schema?.$ref ? doc.components?.schemas?.[schema.$ref.split("/").pop() ?? ""] : schema;
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const body = (op as { requestBody?: { content?: Record<string, { schema?: Schema }> } })
        .requestBody;
      const schema = resolve(body?.content?.["application/json"]?.schema);
      const props = {
        ...schema?.properties,
        ...Object.assign({}, ...(schema?.allOf ?? []).map((s) => resolve(s)?.properties)),
      };
      return {
        ...op,
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        fields: body ? Object.keys(props) : null,
      };
    }),
  );
}

export const roles = ["submitter", "factchecker", "admin"] as const;
export type Role = (typeof roles)[number];

/** The roles an operation's security names (bearer scopes); empty for a public operation. */
export function declaredRoles(op: ContractOperation): string[] {
  return (op.security ?? []).flatMap((requirement) => Object.values(requirement).flat());
}

/** The path with each `{param}` replaced by `id`. */
export function fillPath(path: string, id: string): string {
  return path.replace(/\{[^}]+\}/g, encodeURIComponent(id));
}
