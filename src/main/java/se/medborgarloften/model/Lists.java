package se.medborgarloften.model;

import java.util.List;

/** Absent JSON arrays arrive as null; the model always holds immutable, possibly empty, lists. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
