/**
 * The live preview for people editing content: serves the last good build on localhost, rebuilds when a
 * file under content/, templates/ or assets/ changes, reloads the open page, and shows build errors in the
 * page while the last good site stays served.
 */
package se.medborgarloften.preview;
