/** The thin HTTP API adapter every HTTP function extends: API Gateway v2 events in, problem+json and JSON out. */
package dev.rapport.http.apigateway;
