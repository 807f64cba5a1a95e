package se.medborgarloften.preview;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The outcome of the latest build, and a way to wait for the next one: an open page asks the preview
 * server for a state newer than the one it shows, and is answered the moment a build ends, instead of
 * finding out at its next poll.
 */
final class LatestBuild {

    private BuildState state = new BuildState(0, true, List.of());

    synchronized BuildState get() {
        return state;
    }

    synchronized void update(UnaryOperator<BuildState> next) {
        state = next.apply(state);
        notifyAll();
    }

    /** The state once its version differs from this one, or the same state after the timeout. */
    synchronized BuildState awaitNewerThan(long version, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (state.version() == version) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return state;
    }
}
