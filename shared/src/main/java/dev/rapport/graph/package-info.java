/**
 * The product and service knowledge graph: nodes (products, categories, materials, accessories, policies, symptoms,
 * causes, fix steps) and the typed edges between them, the {@code GraphStore} port, the name index that finds the
 * node a question speaks of, and the support admins' upkeep.
 */
package dev.rapport.graph;
