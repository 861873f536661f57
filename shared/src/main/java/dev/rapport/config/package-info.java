/** Configuration read from environment variables declared in template.yaml, with local defaults. */
package dev.rapport.config;
