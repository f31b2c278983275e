// Generated from data/debate-graph.schema.json by `npm run schema`. Do not edit.
import type { ErrorObject } from 'ajv';

/** The schema validator: true when the document matches; otherwise `errors` lists every mismatch. */
declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
