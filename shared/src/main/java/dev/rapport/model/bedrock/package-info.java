/**
 * Amazon Bedrock adapters: Converse for the conversation model, Titan for embeddings, knowledge base Retrieve for the
 * passages of a large corpus, the control plane for the model lifecycle watch.
 */
package dev.rapport.model.bedrock;
