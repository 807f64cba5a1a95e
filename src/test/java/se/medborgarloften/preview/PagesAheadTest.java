package se.medborgarloften.preview;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While a rebuild that rendered the open pages first goes on, those pages are served from memory, a file the
 * rebuild may change waits for it to end rather than be served one build behind, and assets do not wait.
 */
class PagesAheadTest {

    private static final long LONG = 60_000;

    @Test
    void pagesAheadAreServedAndOtherPagesWaitForTheRebuild() throws Exception {
        PagesAhead ahead = new PagesAhead();
        assertNull(ahead.awaitCurrent("sv/index.html", true, LONG), "no rebuild: the published folder is served");

        byte[] page = "<p>nytt</p>".getBytes();
        ahead.show(Map.of("sv/index.html", page));
        assertArrayEquals(page, ahead.awaitCurrent("sv/index.html", true, LONG));
        assertNull(ahead.awaitCurrent("css/site.css", false, LONG), "an asset does not wait");

        CompletableFuture<byte[]> other = CompletableFuture.supplyAsync(() -> {
            try {
                return ahead.awaitCurrent("en/index.html", true, LONG);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertFalse(other.isDone(), "a page the rebuild may change waits for it");

        assertTrue(ahead.end(), "the rebuild had shown pages ahead");
        assertNull(other.get(10, TimeUnit.SECONDS), "then it is served from the published folder");
        assertNull(ahead.awaitCurrent("sv/index.html", true, LONG), "pages ahead are let go when the rebuild ends");
        assertFalse(ahead.end());
    }

    @Test
    void aWaitEndsAfterItsTimeout() throws Exception {
        PagesAhead ahead = new PagesAhead();
        ahead.show(Map.of("sv/index.html", new byte[1]));
        long start = System.nanoTime();
        assertNull(ahead.awaitCurrent("en/index.html", true, 200));
        assertTrue(System.nanoTime() - start >= 150_000_000L, "it waited");
    }
}
