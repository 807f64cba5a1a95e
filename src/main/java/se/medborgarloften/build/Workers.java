package se.medborgarloften.build;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Runs the build's parallel work (rendering pages, converting prose, writing open data) on its own pool,
 * one thread per core. Measured on two cores: more threads than cores made page rendering slower, not
 * faster, because the templates compete for the same caches and the file system serialises writes anyway.
 */
public final class Workers {

    private Workers() {
    }

    /** One per core; -Dworkers=N overrides it, e.g. to profile with one thread. */
    public static int threads() {
        return Integer.getInteger("workers", Runtime.getRuntime().availableProcessors());
    }

    /** Runs the work (typically a parallel stream) on its own pool of {@link #threads()} threads. */
    public static <T> T run(Supplier<T> work) {
        ForkJoinPool pool = new ForkJoinPool(threads());
        try {
            return pool.submit(work::get).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
