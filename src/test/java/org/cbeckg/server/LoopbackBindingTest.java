package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The server listens on 127.0.0.1 unless told otherwise. Proven on loopback alone: Linux routes all of 127.0.0.0/8 to
 * the loopback interface, so a server bound to every interface would also accept on 127.0.0.2; one bound to
 * 127.0.0.1 refuses there.
 */
class LoopbackBindingTest {

    @Test
    void defaultIsLoopbackOnly() {
        try (TestServer s = TestServer.start()) {
            assertEquals(List.of("127.0.0.1"), s.server.boundHosts());
            assertEquals(200, s.get("/", null).statusCode());
            assertThrows(IOException.class, () -> connect("127.0.0.2", s.server.port()));
        }
    }

    @Test
    void hostOptionChoosesTheInterface() throws IOException {
        try (TestServer s = TestServer.start(ServerConfig.builder().host("127.0.0.2"))) {
            connect("127.0.0.2", s.server.port());
            assertEquals("http://127.0.0.2:" + s.server.port() + "/", s.server.url());
            assertEquals(200, s.get("/", null).statusCode());
        }
    }

    private static void connect(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
        }
    }
}
