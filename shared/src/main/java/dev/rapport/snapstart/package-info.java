/** SnapStart priming hooks: real code paths run once before the snapshot, for an account nobody has. */
package dev.rapport.snapstart;
