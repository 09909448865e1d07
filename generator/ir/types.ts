// The intermediate representation: everything an emitter may know about an API.
// This is the lowest layer of sdkgen: it imports nothing of ours, and emitters read only this.

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

export interface IR {
  api: ApiInfo;
  servers: Server[];
  auth: AuthScheme[];
  /** The document's `security` (alternatives); absent when it has none. Operations carry their own resolved copy. */
  security?: SecurityRequirement[];
  /** Named schemas (components/schemas), in spec order. */
  schemas: NamedSchema[];
  /** Every operation in spec order (paths in document order, methods in document order). */
  operations: Operation[];
  /** The resource tree that names operations for SDKs and docs. */
  resources: Resource[];
  /** OpenAPI 3.1 top-level webhooks and callbacks, by event name. */
  webhooks: Webhook[];
  tags: Tag[];
}

export interface ApiInfo {
  title: string;
  version: string;
  description?: string;
  /** 2.0, 3.0.x or 3.1.x as written in the document. */
  openapi: string;
  /** Vendor extensions (x-…) of info, as written; absent when it has none. */
  extensions?: Record<string, unknown>;
}

export interface Server {
  url: string;
  description?: string;
}

/** A security scheme of components.securitySchemes; `name` is its key there. */
export type AuthScheme = (
  | { kind: 'bearer'; name: string; format?: string }
  | { kind: 'basic'; name: string }
  | { kind: 'apiKey'; name: string; in: 'header' | 'query' | 'cookie'; parameterName: string }
  | { kind: 'oauth2'; name: string; flows?: OAuthFlows }
  /** openIdConnect, mutualTLS, an http scheme other than bearer/basic (`http:digest`)… */
  | { kind: 'other'; name: string; type: string }
) & { description?: string };

export interface OAuthFlows {
  clientCredentials?: OAuthFlow;
  authorizationCode?: OAuthFlow;
  password?: OAuthFlow;
  implicit?: OAuthFlow;
}

export interface OAuthFlow {
  tokenUrl?: string;
  authorizationUrl?: string;
  refreshUrl?: string;
  /** Scope names in document order. */
  scopes: string[];
}

/** One way to authenticate: every scheme listed is sent together, each with the OAuth2 scopes it asks for. */
export type SecurityRequirement = { scheme: string; scopes: string[] }[];

export interface Tag {
  name: string;
  description?: string;
}

export interface NamedSchema {
  /** The key under components/schemas, as written (may be "Record" or "inference-embedding_Assistant"). */
  name: string;
  schema: Schema;
}

/** Facts every schema node may carry. */
export interface SchemaCommon {
  title?: string;
  description?: string;
  /** The first example: `example`, else the first of `examples`. `undefined` when none is given. */
  example?: unknown;
  hasExample?: boolean;
  default?: unknown;
  nullable?: boolean;
  deprecated?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
}

export type Schema =
  | RefSchema
  | ObjectSchema
  | ArraySchema
  | StringSchema
  | NumberSchema
  | BooleanSchema
  | NullSchema
  | UnionSchema
  | AllOfSchema
  | UnknownSchema;

/** A reference to a named schema in IR.schemas. */
export interface RefSchema extends SchemaCommon {
  kind: 'ref';
  name: string;
}

export interface Property {
  name: string;
  schema: Schema;
  required: boolean;
}

export interface ObjectSchema extends SchemaCommon {
  kind: 'object';
  /** In document order. */
  properties: Property[];
  /** The `required` array exactly as written (document order), including names that are not properties. */
  required: string[];
  /** `true`/`false` as written, or the schema of extra values; undefined when absent. */
  additionalProperties?: boolean | Schema;
}

export interface ArraySchema extends SchemaCommon {
  kind: 'array';
  items: Schema;
}

export interface StringSchema extends SchemaCommon {
  kind: 'string';
  format?: string;
  enum?: (string | null)[];
  const?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
}

export interface NumberSchema extends SchemaCommon {
  kind: 'integer' | 'number';
  format?: string;
  enum?: (number | null)[];
  const?: number;
  minimum?: number;
  maximum?: number;
  /** Normalised to the 3.1 form (a number) whatever the document's dialect. */
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

export interface BooleanSchema extends SchemaCommon {
  kind: 'boolean';
  enum?: (boolean | null)[];
  const?: boolean;
}

export interface NullSchema extends SchemaCommon {
  kind: 'null';
}

/** oneOf / anyOf, and 3.1 type arrays such as ["string", "integer"]. */
export interface UnionSchema extends SchemaCommon {
  kind: 'union';
  combinator: 'oneOf' | 'anyOf' | 'type';
  variants: Schema[];
  discriminator?: Discriminator;
}

export interface Discriminator {
  propertyName: string;
  /** Discriminator value → schema name (mapping targets resolved to names where they point to components/schemas). */
  mapping: { value: string; target: string }[];
}

/** allOf, kept as written: emitters decide whether to merge. */
export interface AllOfSchema extends SchemaCommon {
  kind: 'allOf';
  parts: Schema[];
  /** A `required` array written beside `allOf` itself, as written. */
  required?: string[];
}

/** No type information (an empty schema, `{}` or `true`). */
export interface UnknownSchema extends SchemaCommon {
  kind: 'unknown';
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface Parameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  schema: Schema;
  description?: string;
  deprecated?: boolean;
  style?: string;
  explode?: boolean;
  /** `example` of the parameter object itself (not of its schema). */
  example?: unknown;
  hasExample?: boolean;
}

export interface RequestBody {
  /** The preferred content type: application/json when offered, else the first one. */
  contentType: string;
  contentTypes: string[];
  required: boolean;
  schema: Schema;
  /** Set when the operation's requestBody is a $ref to components/requestBodies: its name. */
  componentName?: string;
  description?: string;
  /** The media type's own `example` (or the value of its first `examples` entry), when written. */
  example?: unknown;
  hasExample?: boolean;
}

export interface Response {
  /** "200", "2XX", "default"… */
  status: string;
  description?: string;
  contentType?: string;
  schema?: Schema;
  /** Set when the response is a $ref to components/responses: its name. */
  componentName?: string;
  /**
   * Set when the response offers `text/event-stream` (Server-Sent Events), beside JSON or alone: the schema of one
   * event's data, when the spec gives one that is not the stream itself as a string.
   */
  eventStream?: { schema?: Schema };
}

export type Pagination =
  /** `{ data: [...], meta: { total_pages, page_number, … } }` with page[number]/page[size] (or page/per_page) query params. */
  | { kind: 'page-number'; itemsField: string; pageParam: string; sizeParam?: string; totalPagesPath?: string[] }
  /** A cursor or next-token in the response, sent back as a query param. */
  | { kind: 'cursor'; itemsField: string; cursorParam: string; nextCursorPath: string[] }
  /** The response is a bare JSON array; no further pages are known. */
  | { kind: 'top-level-array' };

export interface Operation {
  /** "get /ai/assistants": unique, the key everything else refers to. */
  key: string;
  method: HttpMethod;
  path: string;
  operationId?: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  tags: string[];
  /** Path-level and operation-level parameters merged (operation wins), in document order. */
  parameters: Parameter[];
  requestBody?: RequestBody;
  responses: Response[];
  /** The first 2xx response (the one an SDK method returns). */
  success?: Response;
  pagination?: Pagination;
  /** Names of the security schemes that apply (of every alternative); empty for none. */
  security: string[];
  /**
   * The spec's alternatives (the operation's `security`, else the document's): a client uses the first one it has
   * credentials for. `[]`: no auth (`security: []`); an empty alternative: auth is optional.
   * Absent (IRs built by hand): each name of `security` is an alternative of its own.
   */
  securityRequirements?: SecurityRequirement[];
  /** Vendor extensions (x-…) of the operation, as written. */
  extensions: Record<string, unknown>;
  /** The operation's own `servers` (else its path item's), when written: they replace the document's for it. */
  servers?: Server[];
}

/** The resource tree: how SDKs and docs name and nest operations. */
export interface Resource {
  /** Canonical snake_case name, e.g. "scheduled_events". */
  name: string;
  /** Canonical names from the root, e.g. ["ai", "assistants", "scheduled_events"]. */
  path: string[];
  methods: Method[];
  subresources: Resource[];
}

export interface Method {
  /** Canonical snake_case name, e.g. "send_sms", "list", "retrieve". */
  name: string;
  /** Operation.key of the endpoint it calls. */
  operation: string;
  /** Where the name came from. */
  source: 'config' | 'inferred';
  /**
   * The response model as the official SDK names it, when the config knows it (from an imported api.md):
   * e.g. "InferenceEmbedding", "AssistantsList", "string", "void".
   */
  responseType?: string;
  /** The page class of a paginated method as the official SDK names it, e.g. "DefaultFlatPagination". */
  pageType?: string;
  /** The positional path parameter of the official SDK call shape (the last path parameter), when known. */
  positionalParams?: string[];
  /** Body fields the SDK calls by another name: wire name → SDK name. */
  paramNames?: Record<string, string>;
  /** The SDK takes the whole request body under this parameter instead of spreading its fields. */
  bodyParam?: string;
  /**
   * Set on another name the SDK gives an operation a method earlier in the tree already names (a config listing
   * one endpoint under two methods, as Stainless SDKs do): that method's "resource.path.name". The TypeScript
   * client has both methods; the docs and the other languages use the first (resourceMethods leaves this out).
   */
  aliasOf?: string;
  /** What one language's SDK calls this method, from that SDK's own api.md (naming.apiMd per language). */
  languages?: Partial<Record<string, LanguageMethodNames>>;
}

/** A method as one language's SDK spells it (its api.md line); every field as printed in that language. */
export interface LanguageMethodNames {
  /** Resource accessors from the client: ["AI", "Assistants"] (Go), ["ai", "assistants"] (Python). */
  resourcePath: string[];
  /** "New", "update", "retrieve". */
  method: string;
  /** The positional path arguments in call order: ["notification_channel_id"], ["notificationChannelID"]. */
  pathParams: string[];
  /** The params type without package: "NotificationChannelUpdateParams". */
  paramsType?: string;
  /** The returned type without package or pointer: "NotificationChannelUpdateResponse", "DefaultFlatPagination[Foo]". */
  responseType?: string;
}

export interface Webhook {
  /** The event name, e.g. "fax.delivered" (the key under `webhooks`, or a discriminating enum value). */
  name: string;
  summary?: string;
  description?: string;
  method: HttpMethod;
  tags: string[];
  schema?: Schema;
}
