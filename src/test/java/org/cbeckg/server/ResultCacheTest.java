package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ResultCacheTest {

    private static CachedAnswer answer(String body) {
        return new CachedAnswer("text/csv", null, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAnswerIsFoundForItsVersionAndRequestOnly() {
        ResultCache cache = new ResultCache(1 << 20);
        cache.keep("v1", "q1", answer("a\n1\n"));
        assertArrayEquals("a\n1\n".getBytes(StandardCharsets.UTF_8), cache.find("v1", "q1").orElseThrow().body());
        assertTrue(cache.find("v1", "q2").isEmpty());
    }

    @Test
    void aNewVersionLetsEveryEarlierAnswerGo() {
        ResultCache cache = new ResultCache(1 << 20);
        cache.keep("v1", "q1", answer("old"));
        assertTrue(cache.find("v2", "q1").isEmpty());
        assertEquals(0, cache.size());
        // and the old version's answers are not back when an old reader asks again
        assertTrue(cache.find("v1", "q1").isEmpty());
    }

    @Test
    void anAnswerOverAQuarterOfTheBudgetIsNotKept() {
        ResultCache cache = new ResultCache(4_000);
        cache.keep("v", "big", answer("x".repeat(1_001)));
        cache.keep("v", "small", answer("x".repeat(900)));
        assertTrue(cache.find("v", "big").isEmpty());
        assertTrue(cache.find("v", "small").isPresent());
    }

    @Test
    void theBudgetBoundsWhatIsKept() {
        ResultCache cache = new ResultCache(10_000);
        for (int i = 0; i < 100; i++) {
            cache.keep("v", "q" + i, answer("x".repeat(1_000)));
        }
        assertTrue(cache.size() <= 10, "kept " + cache.size());
    }
}
