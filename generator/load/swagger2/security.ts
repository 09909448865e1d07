// securityDefinitions → components.securitySchemes.

import { extensionsOf, isObject, pick, swaggerError, type ConversionContext, type JsonObject } from './context.js';

export function convertSecurityDefinitions(context: ConversionContext, definitions: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const name of Object.keys(definitions)) {
    const definition = definitions[name];
    const path = ['securityDefinitions', name];
    if (!isObject(definition)) throw swaggerError(context, path, 'a security definition must be a mapping');
    out[name] = { ...convertScheme(context, definition, path), ...extensionsOf(definition) };
  }
  return out;
}

function convertScheme(context: ConversionContext, definition: JsonObject, path: string[]): JsonObject {
  const described = pick(definition, ['description']);
  switch (definition.type) {
    case 'basic':
      return { type: 'http', scheme: 'basic', ...described };
    case 'apiKey':
      return { type: 'apiKey', ...pick(definition, ['name', 'in']), ...described };
    case 'oauth2':
      return { type: 'oauth2', flows: oauthFlows(context, definition, path), ...described };
    default:
      throw swaggerError(context, [...path, 'type'], `unknown security type ${JSON.stringify(definition.type)}`, 'Swagger 2.0 knows basic, apiKey and oauth2');
  }
}

function oauthFlows(context: ConversionContext, definition: JsonObject, path: string[]): JsonObject {
  const scopes = isObject(definition.scopes) ? definition.scopes : {};
  const urls = pick(definition, ['authorizationUrl', 'tokenUrl']);
  switch (definition.flow) {
    case 'implicit':
      return { implicit: { authorizationUrl: urls.authorizationUrl, scopes } };
    case 'password':
      return { password: { tokenUrl: urls.tokenUrl, scopes } };
    case 'application':
      return { clientCredentials: { tokenUrl: urls.tokenUrl, scopes } };
    case 'accessCode':
      return { authorizationCode: { ...urls, scopes } };
    default:
      throw swaggerError(context, [...path, 'flow'], `unknown OAuth2 flow ${JSON.stringify(definition.flow)}`, 'one of implicit, password, application, accessCode');
  }
}
