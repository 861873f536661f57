/** The S3 adapter of the training export: a multipart upload streamed part by part. */
package dev.rapport.storage.s3;
