/** Photo validation, metadata stripping, downscaling and colour facts. */
package dev.rapport.inquiry.image;
