/** Where items live: H2's MVStore, in memory or in a data directory. */
package dev.rapport.dynamodb.storage;
