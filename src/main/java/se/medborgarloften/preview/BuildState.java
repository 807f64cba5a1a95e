package se.medborgarloften.preview;

import java.util.List;

/**
 * The outcome of the latest build: a version that changes with every build (the open pages reload when
 * it does), whether it succeeded, and what went wrong, already written in the reader's language.
 */
record BuildState(long version, boolean ok, List<String> problems) {

    BuildState {
        problems = List.copyOf(problems);
    }

    BuildState next(boolean succeeded, List<String> found) {
        return new BuildState(version + 1, succeeded, found);
    }
}
