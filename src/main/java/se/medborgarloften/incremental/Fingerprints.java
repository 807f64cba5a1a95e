package se.medborgarloften.incremental;

import se.medborgarloften.support.Sha256;
import se.medborgarloften.support.Workers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fingerprint of each group of inputs a build reads: a SHA-256 of the group's named texts. The groups and which
 * file belongs to which are the site's to say (the plan stage's dependency model); this class only hashes them. A
 * composite group (an area: its own files and each of its periods) is fingerprinted from its members' fingerprints.
 */
public final class Fingerprints {

    public static final Fingerprints NONE = new Fingerprints(Map.of());

    private final Map<String, String> byGroup;
    /** Many files declare the same reads (every page of an area); each combination is hashed once. */
    private final Map<Reads, Optional<String>> byReads = new ConcurrentHashMap<>();

    public Fingerprints(Map<String, String> byGroup) {
        this.byGroup = Map.copyOf(byGroup);
    }

    /** The fingerprint of everything a file declares it reads; null when it reads everything or a group is unknown. */
    public String of(Reads reads) {
        if (reads.everything()) {
            return null;
        }
        return byReads.computeIfAbsent(reads, r -> {
            StringBuilder all = new StringBuilder();
            for (String group : r.groups()) {
                String fingerprint = byGroup.get(group);
                if (fingerprint == null) {
                    return Optional.empty();
                }
                all.append(group).append(' ').append(fingerprint).append('\n');
            }
            return Optional.of(Sha256.hex(all.toString()));
        }).orElse(null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprints that && that.byGroup.equals(byGroup);
    }

    @Override
    public int hashCode() {
        return byGroup.hashCode();
    }

    /** Collects the named texts of each group, then hashes every group at once, on every core. */
    public static final class Builder {

        private final Map<String, Map<String, String>> texts = new HashMap<>();
        private final Map<String, List<String>> composites = new LinkedHashMap<>();

        public Builder add(String group, String name, String text) {
            texts.computeIfAbsent(group, g -> new TreeMap<>()).put(name, text);
            return this;
        }

        /** A group made of others, e.g. an area of its own files and its periods; its members in a fixed order. */
        public Builder composite(String group, List<String> members) {
            composites.put(group, List.copyOf(members));
            return this;
        }

        /** Hashes only the groups whose texts changed since the builds that used this memory. */
        public Fingerprints build(FingerprintMemory memory) {
            Map<String, String> made = new ConcurrentHashMap<>();
            Workers.run(() -> {
                texts.entrySet().parallelStream().forEach(group -> made.put(group.getKey(),
                        memory.remembered(group.getKey(), group.getValue(), () -> digest(group.getValue()))));
                return null;
            });
            composites.forEach((group, members) -> {
                StringBuilder parts = new StringBuilder();
                for (String member : members) {
                    parts.append(member).append(' ').append(made.getOrDefault(member, "none")).append('\n');
                }
                String text = parts.toString();
                made.put(group, memory.remembered(group, text, () -> Sha256.hex(text)));
            });
            Set<String> known = new HashSet<>(texts.keySet());
            known.addAll(composites.keySet());
            memory.retainOnly(known);
            return new Fingerprints(made);
        }

        /** The texts are fed in one by one: joined into one string first, they were the largest objects of a build. */
        private static String digest(Map<String, String> named) {
            MessageDigest sha = Sha256.newDigest();
            named.forEach((name, text) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(text.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
