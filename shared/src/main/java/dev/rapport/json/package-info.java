/** The one shared Jackson mapper and JSON helpers every route and adapter uses. */
package dev.rapport.json;
