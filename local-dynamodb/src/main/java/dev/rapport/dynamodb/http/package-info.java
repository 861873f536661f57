/** DynamoDB's wire protocol over HTTP: targets, JSON bodies, errors, CRC32. */
package dev.rapport.dynamodb.http;
