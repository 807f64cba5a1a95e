package se.medborgarloften.render.jbake;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The table templates read names through answers as the map it was made from, for names in it and not. */
class NameTableTest {

    @Provide
    Arbitrary<Map<String, Integer>> tables() {
        // Short names over a few letters, so that hashes collide and names share their slots.
        return Arbitraries.maps(Arbitraries.strings().withChars("abAB_").ofMaxLength(4), Arbitraries.integers()).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.strings().withChars("abAB_").ofMaxLength(4).list().ofMaxSize(30);
    }

    @Property(tries = 2000, seed = "20261122")
    void answersAsTheMap(@ForAll("tables") Map<String, Integer> entries, @ForAll("names") List<String> others) {
        NameTable<Integer> table = new NameTable<>(entries);
        for (String name : entries.keySet()) {
            // Another string with the same characters, as a template's name is not the map's own string.
            assertEquals(entries.get(name), table.get(new String(name.toCharArray())), name);
        }
        for (String name : others) {
            assertEquals(entries.get(name), table.get(name), name);
        }
        assertEquals(entries.isEmpty(), table.isEmpty());
    }
}
