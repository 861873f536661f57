/**
 * Model lifecycle watch: whether each model Rapport is configured with is still Active on its
 * provider, or Legacy (retiring) or past its end of life, so DevOps can move to a current model
 * months before calls start to fail. Knows nothing of AWS: {@link dev.rapport.model.lifecycle.ModelCatalog}
 * is the port, {@code model/bedrock/BedrockModelCatalog} its adapter.
 */
package dev.rapport.model.lifecycle;
