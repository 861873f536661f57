/** Problems as application/problem+json: the types, titles and statuses every route answers with. */
package dev.rapport.problem;
