/**
 * The offline engine: a deterministic, retrieval-grounded stand-in for a model, the local default and the tests'
 * double.
 */
package dev.rapport.model.offline;
