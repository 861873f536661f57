/** DynamoDB attribute values, their JSON wire form, ordering and sizes. */
package dev.rapport.dynamodb.value;
