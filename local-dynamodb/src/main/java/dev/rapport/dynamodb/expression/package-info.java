/** DynamoDB's expression language: key conditions, conditions and filters, updates, projections. */
package dev.rapport.dynamodb.expression;
