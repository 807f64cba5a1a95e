package se.medborgarloften.preview;

import java.util.Map;

/**
 * The pages a rebuild rendered before the rest of the site (the pages open in a browser), served from memory
 * until the rebuild has published the whole site. Meanwhile a file the rebuild may change is not served from
 * the published folder, which is one build behind: its request waits for the rebuild to end. Files copied
 * from assets/ do not wait, since a rebuild that renders pages ahead is one that left assets/ alone.
 */
final class PagesAhead {

    private Map<String, byte[]> pages = Map.of();
    private boolean rebuilding;

    /** A rebuild rendered these pages, by file; it goes on with the rest of the site. */
    synchronized void show(Map<String, byte[]> rendered) {
        pages = Map.copyOf(rendered);
        rebuilding = true;
    }

    /**
     * The rebuild ended, published or failed: the published folder is served again.
     *
     * @return whether it had rendered pages ahead
     */
    synchronized boolean end() {
        boolean hadPages = rebuilding;
        pages = Map.of();
        rebuilding = false;
        notifyAll();
        return hadPages;
    }

    /**
     * The file's bytes when they were rendered ahead; otherwise null, once the published folder may be served:
     * at once for a file the rebuild does not change, when the rebuild ends for any other, or after the timeout.
     */
    synchronized byte[] awaitCurrent(String file, boolean changedByRebuild, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (rebuilding) {
            byte[] page = pages.get(file);
            long left = deadline - System.currentTimeMillis();
            if (page != null || !changedByRebuild || left <= 0) {
                return page;
            }
            wait(left);
        }
        return null;
    }
}
