/** The DynamoDB adapters (Enhanced Client, static schemas), one per port, and the item mappings they share. */
package dev.rapport.storage.dynamodb;
