/** File-system adapters for the local stack: the training export written to a folder. */
package dev.rapport.storage.files;
