package se.medborgarloften.incremental;

import se.medborgarloften.output.StagingSite;

import java.util.function.Function;

/** The two kinds of build differ only in whether what earlier builds made may be used. */
record StoredBuild(Store store, Fingerprints fingerprints, boolean reuse) implements IncrementalBuild {

    @Override
    public String fingerprint(Reads reads) {
        return fingerprints.of(reads);
    }

    @Override
    public OutputSession outputs(String kind, StagingSite site) {
        return new OutputSession(store.record(kind), site, reuse);
    }

    @Override
    public StoredParts parts(String kind, Function<String, Reads> readsOfPart) {
        return StoredParts.in(store.parts(kind), part -> fingerprints.of(readsOfPart.apply(part)), reuse,
                store.heldParts(kind));
    }
}
