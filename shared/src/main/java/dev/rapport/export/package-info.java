/**
 * The training-data export: well-rated, consented conversations de-identified into Bedrock's fine-tuning format, with a
 * manifest.
 */
package dev.rapport.export;
