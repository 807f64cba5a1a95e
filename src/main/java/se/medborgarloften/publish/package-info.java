/**
 * Stage 5, publish: puts a completely rendered site in place in one step, by renaming a new link over the
 * published one. Until then the previously published site is untouched, so a failed or killed build never
 * leaves a missing, broken, half-written or mixed site behind.
 */
package se.medborgarloften.publish;
