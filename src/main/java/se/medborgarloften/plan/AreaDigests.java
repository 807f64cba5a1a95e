package se.medborgarloften.plan;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The digest of each part of an area's inputs (each period's folder, the area's own files), remembered with the
 * texts it was made from, so that a rebuild in the same process hashes only parts whose texts changed:
 * comparing a text with the one read before is immediate when the file was not read again (the same string),
 * where hashing every area took 0.3 s of each live-preview rebuild at 250 areas. The digests made from an
 * area's parts (the area's and its comparisons') are remembered too: an edit changes one area's. Safe for
 * many threads.
 */
public final class AreaDigests {

    private record Digested(Map<String, String> texts, String digest) {
    }

    /** What an area's pages are made from: the area's digest and, by pair of periods, its comparisons'. */
    record OfArea(String digest, Map<String, String> comparisons) {
    }

    private record Combined(String parts, OfArea digests) {
    }

    private final Map<String, Digested> byFolder = new ConcurrentHashMap<>();
    private final Map<String, Combined> byArea = new ConcurrentHashMap<>();

    String of(String folder, Map<String, String> texts, Function<Map<String, String>, String> digest) {
        Digested earlier = byFolder.get(folder);
        if (earlier != null && earlier.texts.equals(texts)) {
            return earlier.digest;
        }
        String made = digest.apply(texts);
        byFolder.put(folder, new Digested(texts, made));
        return made;
    }

    /** The digests made from an area's parts, listed with their digests in {@code parts}. */
    OfArea ofArea(String areaId, String parts, Function<String, OfArea> digests) {
        Combined earlier = byArea.get(areaId);
        if (earlier != null && earlier.parts.equals(parts)) {
            return earlier.digests;
        }
        OfArea made = digests.apply(parts);
        byArea.put(areaId, new Combined(parts, made));
        return made;
    }

    /** Forgets the areas that are gone, so that their texts are not held. */
    void retainOnly(Set<String> folders, Set<String> areaIds) {
        byFolder.keySet().retainAll(folders);
        byArea.keySet().retainAll(areaIds);
    }
}
