/**
 * Incremental builds, in one place: what a file the build makes declares it reads ({@link
 * se.medborgarloften.incremental.Reads}), the fingerprints of those inputs ({@link
 * se.medborgarloften.incremental.Fingerprints}), the one store under {@code target/incremental/} that remembers what
 * each made file was made from, and the one rule for staleness: a file is made again unless the output holds it, of the
 * size recorded, made from the same fingerprint. The stages see it through {@link
 * se.medborgarloften.incremental.IncrementalBuild}, which the generator chooses once per build: keeping what it can,
 * or making everything. A leaf package: it knows files, texts and fingerprints, not the site's content.
 */
package se.medborgarloften.incremental;
