/**
 * JSON Schema 2020-12 keywords that OpenAPI 3.1 admits in a schema but openapi3-ts does not list,
 * so that `.openapi()` metadata can state what a refinement checks (`dependentRequired`,
 * `if`/`then`), type-checked. The generator copies metadata into the schema as given. The
 * metadata type is the keys common to the 3.0 and 3.1 schema objects, so both are augmented;
 * this app serves 3.1 only (/openapi.json).
 */
import type { SchemaObject as SchemaObject30 } from "openapi3-ts/oas30";
import type { SchemaObject as SchemaObject31 } from "openapi3-ts/oas31";

interface JsonSchemaKeywords<S> {
  dependentRequired?: Record<string, string[]>;
  if?: S;
  then?: S;
}

declare module "openapi3-ts/oas30" {
  interface SchemaObject extends JsonSchemaKeywords<SchemaObject30> {}
}

declare module "openapi3-ts/oas31" {
  interface SchemaObject extends JsonSchemaKeywords<SchemaObject31> {}
}
