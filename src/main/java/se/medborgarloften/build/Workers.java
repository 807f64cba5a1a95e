package se.medborgarloften.build;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Runs work that writes or reads many small files on more threads than there are cores: each page is a
 * folder and a file, and on typical disks creating them waits on the file system far more than it computes.
 */
public final class Workers {

    private Workers() {
    }

    /** 4 per core, at most 16; -Dworkers=N overrides it, e.g. to profile with one thread per core. */
    public static int threads() {
        return Integer.getInteger("workers", Math.min(16, 4 * Runtime.getRuntime().availableProcessors()));
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
