package org.cbeckg.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the HTTP tests that share one {@link TestServer} over the sample store per test class: started before the
 * class's first test, closed after its last. Tests that need their own configuration start their own server.
 */
abstract class SampleServerTest {

    static TestServer s;

    @BeforeAll
    static void startSampleServer() {
        s = TestServer.start();
    }

    @AfterAll
    static void stopSampleServer() {
        s.close();
    }
}
