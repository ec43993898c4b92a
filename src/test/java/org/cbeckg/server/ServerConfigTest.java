package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ServerConfigTest {

    @Test
    void defaultsAreTheSafeOnes() {
        ServerConfig c = ServerConfig.builder().build();
        assertEquals("127.0.0.1", c.host());
        assertEquals(3030, c.port());
        assertEquals(Duration.ofSeconds(5), c.queryTimeout());
        assertEquals(10_000, c.resultLimit());
    }

    @Test
    void nonsenseIsRejectedAtBuild() {
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().port(70_000).build());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().host(" ").build());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().queryTimeout(Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().resultLimit(0).build());
    }
}
