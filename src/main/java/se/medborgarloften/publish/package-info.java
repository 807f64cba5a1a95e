/**
 * Stage 5, publish: swaps a completely rendered site into place. Until then the previously published site
 * is untouched, so a failed build never leaves a broken or half-written site behind.
 */
package se.medborgarloften.publish;
