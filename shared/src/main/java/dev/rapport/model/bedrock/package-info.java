/**
 * Amazon Bedrock adapters: Converse for the conversation model, Titan for embeddings, the control plane for the model
 * lifecycle watch.
 */
package dev.rapport.model.bedrock;
