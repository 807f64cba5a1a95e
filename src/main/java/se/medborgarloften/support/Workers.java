package se.medborgarloften.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Runs the build's parallel work (rendering pages, converting prose, writing open data) on its own pool,
 * one thread per core, and work that waits more than it computes on threads of its own. Measured on two
 * cores: more threads than cores made page rendering slower, not faster, because the templates compete for
 * the same caches and the file system serialises writes anyway.
 */
public final class Workers {

    private Workers() {
    }

    /** One per core; -Dworkers=N overrides it, e.g. to profile with one thread. */
    public static int threads() {
        return Integer.getInteger("workers", Runtime.getRuntime().availableProcessors());
    }

    /**
     * Starts work on a thread of its own, beside the build's other work: one that mostly waits (for the disk,
     * for a tool to start) while the build keeps the processors busy. The result is whatever the work returns
     * or fails with; the thread does not keep the program running.
     */
    public static <T> CompletableFuture<T> inBackground(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /**
     * Waits for work started {@link #inBackground} and rethrows what it failed with as it was thrown, as the
     * build's own stages do, rather than wrapped in a CompletionException whose message says nothing.
     */
    public static <T> T await(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
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
